// What waits for the signed-in user (待办), as GET /api/platform/todo gives it module by module: the home
// page lists it, the header shows the count. Read again on the home page and, at most every 15 s, when the
// user moves to another page, so an item done elsewhere disappears without a reload.
import { reactive } from 'vue'
import { api } from '@xuncha/console'

export const todo = reactive({ modules: [], total: 0, loaded: false, loading: false })

let last = 0

export async function loadTodo({ force = false } = {}) {
  const now = Date.now()
  if (todo.loading || (!force && now - last < 15_000)) return
  last = now
  todo.loading = true
  try {
    const modules = (await api.get('/platform/todo')) ?? []
    todo.modules = modules
    todo.total = modules.flatMap((m) => m.items).reduce((sum, i) => sum + i.count, 0)
    todo.loaded = true
  } catch {
    // the header's count is a convenience: a failed read leaves the last one (the home page says why)
  } finally {
    todo.loading = false
  }
}

export function clearTodo() {
  Object.assign(todo, { modules: [], total: 0, loaded: false })
  last = 0
}
