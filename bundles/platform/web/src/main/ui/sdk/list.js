// Lists as the API serves them (Page<T>: { items, total, page, size }): a ledger page's search form,
// table and pager, and the whole of a list for pickers.
import { getCurrentInstance, reactive } from 'vue'
import { useRoute } from 'vue-router'
import { moduleAbsence } from './absence.js'
import { api } from './http.js'
import { notifyError } from './forms.js'

/** The most one request may ask for (PageRequest.MAX_SIZE). */
export const MAX_PAGE_SIZE = 500

/**
 * A searchable, paged list as every ledger page has it: a query form, a table, a pager (ListSearch
 * and ListTable show it).
 *
 * @param load          (params) => Promise<{ items, total }>, params = query + page + size; a page
 *                      that shows more per row (names, marks) reads it here, a page whose list needs
 *                      a choice first (a unit) answers { items: [], total: 0 } until it is made
 * @param initialQuery  the search form's fields and their empty values; a field also given in the page's
 *                      address (?status=DRAFT, from a to-do item or a dashboard figure) starts with that value
 * @param options.size     rows per page (10)
 * @param options.onError  what a failed read does (notifyError: a message); an answer that the module is
 *                         not installed or being updated is kept in state.absence instead, which
 *                         ListTable shows as a notice in place
 */
export function usePagedList(load, initialQuery = {}, { size = 10, onError = notifyError } = {}) {
  const query = reactive({ ...initialQuery, ...fromAddress(initialQuery) })
  const state = reactive({ items: [], total: 0, page: 1, size, loading: false, absence: null })
  let latest = 0

  async function fetch() {
    const call = ++latest
    state.loading = true
    try {
      const result = await load({ ...query, page: state.page, size: state.size })
      // a later search or page change was started meanwhile: its answer is the one to show
      if (call !== latest) return
      state.items = result?.items ?? []
      state.total = result?.total ?? 0
      state.absence = null
      // the last page emptied (its last row deleted elsewhere): show the page that is last now
      if (state.items.length === 0 && state.page > 1 && state.total > 0) {
        state.page = Math.ceil(state.total / state.size)
        await fetch()
      }
    } catch (error) {
      if (call !== latest) return
      if (moduleAbsence(error)) state.absence = error
      else onError(error)
    } finally {
      if (call === latest) state.loading = false
    }
  }

  function search() {
    state.page = 1
    return fetch()
  }

  function reset() {
    Object.assign(query, initialQuery)
    return search()
  }

  return { query, state, fetch, search, reset }
}

/**
 * Every item of a paged list endpoint, read page after page, 500 a request: for pickers and
 * look-ups that need the whole list (all the rounds, all the persons of a unit), never for a table
 * (use usePagedList). Give a sort for a stable order; an item seen twice (a record added while the
 * pages were read shifts them) is kept once, by id.
 *
 *   const rounds = await fetchAll('/round-planning/rounds', { sort: '-id' })
 */
export async function fetchAll(path, query = {}) {
  const items = []
  const seen = new Set()
  for (let page = 1; ; page++) {
    const result = await api.get(path, { ...query, page, size: MAX_PAGE_SIZE })
    const batch = result?.items ?? []
    for (const item of batch) {
      if (item?.id !== undefined && item?.id !== null) {
        if (seen.has(item.id)) continue
        seen.add(item.id)
      }
      items.push(item)
    }
    if (batch.length < MAX_PAGE_SIZE || page * MAX_PAGE_SIZE >= (result?.total ?? 0)) return items
  }
}

/** The fields of the query the current address gives (?roundId=3&status=DRAFT&overdue=true), typed as a form holds them. */
function fromAddress(initialQuery) {
  if (!getCurrentInstance()) return {}
  const given = useRoute()?.query ?? {}
  const result = {}
  for (const key of Object.keys(initialQuery)) {
    const value = given[key]
    if (typeof value !== 'string' || value === '') continue
    if (value === 'true' || value === 'false') result[key] = value === 'true'
    else if (/^\d+$/.test(value) && (initialQuery[key] === null || typeof initialQuery[key] === 'number')) result[key] = Number(value)
    else result[key] = value
  }
  return result
}
