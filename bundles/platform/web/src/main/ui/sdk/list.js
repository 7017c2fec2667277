// A searchable, paged list as every ledger page has it: a query form, a table, a pager.
import { reactive } from 'vue'
import { notifyError } from './forms.js'

/**
 * @param load          (params) => Promise<{ items, total }>, params = query + page + size
 * @param initialQuery  the search form's fields and their empty values
 */
export function usePagedList(load, initialQuery = {}, { size = 10 } = {}) {
  const query = reactive({ ...initialQuery })
  const state = reactive({ items: [], total: 0, page: 1, size, loading: false })

  async function fetch() {
    state.loading = true
    try {
      const result = await load({ ...query, page: state.page, size: state.size })
      state.items = result?.items ?? []
      state.total = result?.total ?? 0
    } catch (error) {
      notifyError(error)
    } finally {
      state.loading = false
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
