// The home page's reads (GET /api/platform/statistics and the to-do list), started as soon as the session is
// known when the browser opens the home page (issue 20, the first load): they then run while the module list
// is read and the frame is drawn, instead of after them. The page takes them once, while fresh.
import { api, can } from '@xuncha/console'
import { loadTodo } from './todo.js'

export const STATISTICS_READ = 'platform.statistics.read'
const FRESH_MS = 10_000

let early = null

/** Starts the home page's reads for the signed-in user (the statistics only with the permission to read them). */
export function prefetchDashboard() {
  loadTodo({ force: true })
  const statistics = can(STATISTICS_READ) ? api.get('/platform/statistics') : null
  statistics?.catch(() => {}) // the page reports a failure when it takes the answer
  early = { statistics, at: Date.now() }
}

/** The reads prefetchDashboard started, once and while fresh; else null. */
export function takeEarlyReads() {
  const taken = early
  early = null
  return taken && Date.now() - taken.at < FRESH_MS ? taken : null
}
