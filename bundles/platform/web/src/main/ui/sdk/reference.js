// Reference data many pages show: divisions by code, units and persons by id. Read once and kept
// until someone else signs in (another user may see other divisions) or a page says they changed.
import { reactive, ref, watch } from 'vue'
import { api } from './http.js'
import { pick } from './i18n.js'
import { session } from './session.js'

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

/** 'units:12' → the read (a promise of the record, null when it cannot be read), and its name once read. */
const records = new Map()
const names = reactive({})

function read(kind, id) {
  const key = `${kind}:${id}`
  if (!records.has(key)) {
    records.set(key, api.get(`/platform/reference/${kind}/${id}`).then((record) => {
      names[key] = record?.name ?? `#${id}`
      return record
    }, () => {
      // gone or outside the user's scope: it keeps its number and is not asked for again
      names[key] = `#${id}`
      return null
    }))
  }
  return records.get(key)
}

/** A unit by id ({ id, code, name, ... }, or null when the user may not read it), read once. */
export const loadUnit = (id) => read('units', id)
/** A person by id, read once. */
export const loadPerson = (id) => read('persons', id)

/** A unit's name by id for a table cell: '#id' until it has been read (the cell updates then) or when it cannot be. */
export function unitName(id) {
  if (id === null || id === undefined) return ''
  read('units', id)
  return names[`units:${id}`] ?? `#${id}`
}

/** A person's name by id, as unitName. */
export function personName(id) {
  if (id === null || id === undefined) return ''
  read('persons', id)
  return names[`persons:${id}`] ?? `#${id}`
}

/** Forgets the units and persons read so far: for the pages that change them. */
export function forgetReferenceNames() {
  records.clear()
  Object.keys(names).forEach((key) => delete names[key])
}

watch(() => session.user?.username, () => {
  forgetReferenceNames()
  loading = null
  divisions.value = []
})
