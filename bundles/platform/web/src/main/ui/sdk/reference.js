// Reference data many pages show: divisions by code, cached for the page's lifetime.
import { ref } from 'vue'
import { api } from './http.js'
import { pick } from './i18n.js'

const divisions = ref([])
let loading = null

/** The divisions the user may read; an empty list if they may not read reference data. */
export function loadDivisions(force = false) {
  if (!loading || force) {
    loading = api.get('/platform/reference/divisions').then((list) => {
      divisions.value = list ?? []
      return divisions.value
    }).catch(() => {
      loading = null
      return divisions.value
    })
  }
  return loading
}

export function useDivisions() {
  loadDivisions()
  return divisions
}

export function divisionName(code) {
  if (!code) return ''
  const d = divisions.value.find((x) => x.code === code)
  return d ? pick(d.nameZh, d.nameEn) : code
}
