// The module's vocabulary as the server names it (GET /api/lead-transfer/leads/vocabulary: statuses,
// kinds, methods, grades with their Chinese and English names, kept server-side for the Excel
// ledger too), its taxonomy of problem categories, and its permissions (Permissions.java).
import { computed, reactive } from 'vue'
import { api, pick, serverEnum, translator } from '@xuncha/console'

const m = translator('lead-transfer')
const cache = reactive({ vocabulary: {}, categories: [] })
let loading = null

/** Reads the vocabulary and the categories once (again after a failure). */
export function loadVocabulary() {
  loading ??= Promise.all([api.get('/lead-transfer/leads/vocabulary'), api.get('/lead-transfer/problems/categories')])
    .then(([vocabulary, categories]) => {
      cache.vocabulary = vocabulary ?? {}
      cache.categories = categories ?? []
    })
    .catch((error) => {
      loading = null
      throw error
    })
  return loading
}

const term = (kind) => serverEnum(() => cache.vocabulary[kind])
export const PROBLEM_STATUS = term('problemStatus')
export const APPROVAL_STEP = term('approvalStep')
export const LEAD_STATUS = term('leadStatus')
export const RECEIVER_KIND = term('receiverKind')
export const DISPOSAL_METHOD = term('disposalMethod')
export const OUTCOME_KIND = term('outcomeKind')
export const SANCTION_GRADE = term('sanctionGrade')
export const ATTENDEE_ROLE = term('attendeeRole')
export const SOURCE = term('source')

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

export const P = {
  PROBLEM_WRITE: 'lead-transfer.problem.write', PROBLEM_SUBMIT: 'lead-transfer.problem.submit',
  PROBLEM_REVIEW: 'lead-transfer.problem.review', PROBLEM_DECIDE: 'lead-transfer.problem.decide',
  LEAD_WRITE: 'lead-transfer.lead.write', LEAD_TRANSFER: 'lead-transfer.lead.transfer', LEAD_FEEDBACK: 'lead-transfer.lead.feedback',
  LEAD_EXPORT: 'lead-transfer.lead.export',
}
