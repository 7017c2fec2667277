// What the module's pages share: message lookup, enum names, the round/group/unit a page works on
// (kept in the URL's query, so links between the pages and reloads keep it), and load errors.
import { reactive, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { api, notifyError, t } from '@xuncha/console'

export const M = 'interview-records.'
/** A message of this module. */
export const tr = (key, params) => t(M + key, params)
/** The name of an enum constant the server sends, e.g. en('category', 'TOP_LEADER'). */
export const en = (kind, value) => (value ? tr(`${kind}.${value}`) : '')
export const MANDATORY = 'leaders-work-life'
export const CATEGORIES = ['TOP_LEADER', 'LEADING_GROUP', 'MIDDLE_MANAGER', 'STAFF', 'RETIRED', 'SERVED']
export const isLeadership = (category) => category === 'TOP_LEADER' || category === 'LEADING_GROUP'
export const coversMandatory = (topics) => (topics ?? []).some((x) => x.code === MANDATORY)
export const time = (v) => (v ? String(v).replace('T', ' ').slice(0, 16) : '')

/** Keeps the error of a page's main read: a 403 (not this group's data, no permission) is shown in place. */
export function useProblem() {
  const problem = ref(null)
  /** Runs a read; on failure shows a 403 or 404 in the page and anything else as a message. */
  async function guard(read) {
    try {
      const result = await read()
      problem.value = null
      return result
    } catch (error) {
      if (error?.status === 403 || error?.status === 404) problem.value = error
      else notifyError(error)
      return undefined
    }
  }
  return { problem, guard }
}

const num = (v) => (v == null || v === '' || Number.isNaN(Number(v)) ? null : Number(v))

/**
 * The round, group and target unit a page works on: the rounds the user may see, the groups of the
 * chosen round, the group's target units, its members (interviewers, recorders) and the persons of
 * the chosen unit (interviewees). A choice is made for the user when there is only one.
 */
export function useScope({ problems } = {}) {
  const route = useRoute()
  const router = useRouter()
  const scope = reactive({ roundId: num(route.query.roundId), groupId: num(route.query.groupId), unitId: num(route.query.unitId) })
  const lists = reactive({ rounds: [], groups: [], units: [], persons: [] })
  const ready = ref(false)
  const guard = problems?.guard ?? ((read) => read().catch((e) => notifyError(e)))
  const unitNames = {}

  const group = () => lists.groups.find((g) => g.id === scope.groupId) ?? null
  const members = () => group()?.members ?? []
  const memberName = (id) => members().find((m) => m.personId === id)?.name ?? String(id)
  const unitName = (id) => lists.units.find((u) => u.id === id)?.name ?? unitNames[id] ?? String(id ?? '')
  const personName = (id) => lists.persons.find((p) => p.id === id)?.name ?? memberName(id)
  const leaders = () => lists.persons.filter((p) => isLeadership(p.leadership))

  async function loadGroups() {
    lists.groups = scope.roundId ? ((await guard(() => api.get(`/round-planning/rounds/${scope.roundId}/groups`))) ?? []) : []
    if (!lists.groups.some((g) => g.id === scope.groupId)) scope.groupId = lists.groups.length === 1 ? lists.groups[0].id : null
    await loadUnits()
  }

  async function loadUnits() {
    const ids = [...(group()?.targetUnitIds ?? [])]
    const units = await Promise.all(ids.map((id) => api.get(`/platform/reference/units/${id}`).catch(() => ({ id, name: String(id) }))))
    units.forEach((u) => { unitNames[u.id] = u.name })
    lists.units = units
    if (!ids.includes(scope.unitId)) scope.unitId = ids.length === 1 ? ids[0] : null
    await loadPersons()
  }

  async function loadPersons() {
    lists.persons = scope.unitId
      ? ((await api.get('/platform/reference/persons', { unitId: scope.unitId, activeOnly: true, size: 100, sort: 'id' }).catch(notifyError))?.items ?? [])
      : []
  }

  async function init() {
    const page = await guard(() => api.get('/round-planning/rounds', { size: 100 }))
    lists.rounds = page?.items ?? []
    if (!lists.rounds.some((r) => r.id === scope.roundId)) scope.roundId = lists.rounds[0]?.id ?? null
    await loadGroups()
    ready.value = true
  }

  watch(() => ({ ...scope }), (now) => {
    router.replace({ query: { ...route.query, roundId: now.roundId ?? undefined, groupId: now.groupId ?? undefined, unitId: now.unitId ?? undefined } })
  })

  return {
    scope, lists, ready, init, group, members, memberName, unitName, personName, leaders,
    chooseRound: async (id) => { scope.roundId = id; await loadGroups() },
    chooseGroup: async (id) => { scope.groupId = id; await loadUnits() },
    chooseUnit: async (id) => { scope.unitId = id; await loadPersons() },
    /** For a page about one plan or record: its round, group and unit. */
    async fix(roundId, groupId, unitId) {
      Object.assign(scope, { roundId, groupId, unitId })
      lists.groups = (await api.get(`/round-planning/rounds/${roundId}/groups`).catch(notifyError)) ?? []
      await loadUnits()
      ready.value = true
    },
  }
}
