// What the module's pages share: the module's messages, its vocabulary and taxonomy, and the names
// of rounds, groups and units (from round planning and reference data), fetched once and cached.
import { computed, reactive } from 'vue'
import { api, can, pick, t } from '@xuncha/console'

const ROUND_READ = 'round-planning.round.read'

/** A message of this module. */
export const m = (key, params) => t('lead-transfer.' + key, params)

const cache = reactive({ vocabulary: {}, categories: [], rounds: [], groups: {}, units: {} })
const pending = new Map()

/** Loads (once per key, until refreshed) with a promise shared by concurrent callers. */
function once(key, load) {
  if (!pending.has(key)) pending.set(key, load().catch((error) => { pending.delete(key); throw error }))
  return pending.get(key)
}

/**
 * Vocabulary and taxonomy once; the rounds again each time a page opens (new rounds appear). Receivers
 * (discipline commission, organisation department) may not read rounds: they go without round names.
 */
export function loadCommon() {
  pending.delete('rounds')
  return Promise.all([
    once('vocabulary', async () => { cache.vocabulary = await api.get('/lead-transfer/leads/vocabulary') }),
    once('categories', async () => { cache.categories = await api.get('/lead-transfer/problems/categories') }),
    once('rounds', async () => {
      cache.rounds = await api.get('/round-planning/rounds', { size: 100, sort: '-id' }).then((page) => page?.items ?? [], () => [])
    }),
  ])
}

/** The terms of one vocabulary list: [{ code, nameZh, nameEn }]. */
export const terms = (kind) => cache.vocabulary[kind] ?? []

/** The name of a code in a vocabulary list, in the user's language. */
export function term(kind, code) {
  if (code == null) return ''
  const found = terms(kind).find((x) => x.code === code)
  return found ? pick(found.nameZh, found.nameEn) : code
}

/** Categories in taxonomy order, children under their parent, labelled with the parent's name. */
export const categoryOptions = computed(() => {
  const all = cache.categories
  const byCode = Object.fromEntries(all.map((c) => [c.code, c]))
  const name = (c) => pick(c.nameZh, c.nameEn)
  const label = (c) => (c.parentCode && byCode[c.parentCode] ? `${label(byCode[c.parentCode])} / ${name(c)}` : name(c))
  const ordered = []
  const add = (parent) => all.filter((c) => (c.parentCode ?? null) === parent).forEach((c) => { ordered.push(c); add(c.code) })
  add(null)
  return ordered.filter((c) => c.active).map((c) => ({ value: c.code, label: label(c) }))
})

export function categoryName(code) {
  if (!code) return m('none')
  const c = cache.categories.find((x) => x.code === code)
  return c ? pick(c.nameZh, c.nameEn) : code
}

export const rounds = computed(() => cache.rounds)

export function roundName(id) {
  return cache.rounds.find((r) => r.id === id)?.name ?? (id == null ? '' : '#' + id)
}

/** The groups of a round (cached). */
export function loadGroups(roundId) {
  if (roundId == null || !can(ROUND_READ)) return Promise.resolve([])
  return once('groups:' + roundId, async () => {
    cache.groups[roundId] = await api.get(`/round-planning/rounds/${roundId}/groups`)
    return cache.groups[roundId]
  }).then(() => cache.groups[roundId])
}

export const groupsOf = (roundId) => cache.groups[roundId] ?? []

export function groupName(roundId, groupId) {
  return groupsOf(roundId).find((g) => g.id === groupId)?.name ?? '#' + groupId
}

export function unitName(id) {
  if (id == null) return ''
  if (!cache.units[id]) {
    // a unit the user may not read keeps its number, and is not asked for again
    once('unit:' + id, async () => { cache.units[id] = await api.get(`/platform/reference/units/${id}`).catch(() => ({ name: '#' + id })) })
  }
  return cache.units[id]?.name ?? '#' + id
}

/** Names for the rows of a list: the groups of their rounds. */
export function loadNames(rows) {
  return Promise.all([...new Set(rows.map((r) => r.roundId))].map((id) => loadGroups(id).catch(() => [])))
}

/** Today as YYYY-MM-DD in the browser's time zone (the date pickers' value format). */
export function today() {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** A LocalDateTime from the API, shown to the minute. */
export const dateTime = (value) => (value ? String(value).replace('T', ' ').slice(0, 16) : '')

/** The module's permissions (Permissions.java). */
export const P = {
  PROBLEM_WRITE: 'lead-transfer.problem.write', PROBLEM_SUBMIT: 'lead-transfer.problem.submit',
  PROBLEM_REVIEW: 'lead-transfer.problem.review', PROBLEM_DECIDE: 'lead-transfer.problem.decide',
  LEAD_WRITE: 'lead-transfer.lead.write', LEAD_TRANSFER: 'lead-transfer.lead.transfer', LEAD_FEEDBACK: 'lead-transfer.lead.feedback',
  LEAD_EXPORT: 'lead-transfer.lead.export',
}

/** A rule: the date (YYYY-MM-DD) is not after today. */
export const notFuture = {
  trigger: ['change', 'blur'],
  validator: (_rule, value, done) => (value && value > today() ? done(new Error(t('lead-transfer.notFuture'))) : done()),
}
