// What the module's pages share: the round, group and unit a page works on (kept in the URL's
// query, so links between the pages and reloads keep it) and the error of a page's main read.
// Rounds and groups come from round planning: while it is not installed or being updated the
// pages say so in place (ScopeBar's notice) instead of showing an error.
import { reactive, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { api, fetchAll, loadUnit, moduleAbsence, notifyError, unitName as referenceUnitName } from '@xuncha/console'
import { isLeadership } from './vocabulary.js'

/** Keeps the error of a page's main read: a 403 (not this group's data, no permission) or 404 is shown in place. */
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
  /** The answer saying round planning is not installed or being updated, for <ModuleNotice>; else null. */
  const absence = ref(null)
  const guard = problems?.guard ?? ((read) => read().catch((e) => notifyError(e)))

  /** A read of round planning's data: its absence is kept for the notice, not shown as an error. */
  async function fromRoundPlanning(read) {
    try {
      const result = await read()
      absence.value = null
      return result
    } catch (error) {
      if (!moduleAbsence(error)) throw error
      absence.value = error
      return undefined
    }
  }

  const group = () => lists.groups.find((g) => g.id === scope.groupId) ?? null
  const members = () => group()?.members ?? []
  const memberName = (id) => members().find((m) => m.personId === id)?.name ?? String(id)
  const unitName = (id) => lists.units.find((u) => u.id === id)?.name ?? referenceUnitName(id)
  const personName = (id) => lists.persons.find((p) => p.id === id)?.name ?? memberName(id)
  const leaders = () => lists.persons.filter((p) => isLeadership(p.leadership))

  async function loadGroups() {
    lists.groups = scope.roundId ? ((await guard(() => fromRoundPlanning(() => api.get(`/round-planning/rounds/${scope.roundId}/groups`)))) ?? []) : []
    if (!lists.groups.some((g) => g.id === scope.groupId)) scope.groupId = lists.groups.length === 1 ? lists.groups[0].id : null
    await loadUnits()
  }

  async function loadUnits() {
    const ids = [...(group()?.targetUnitIds ?? [])]
    lists.units = (await Promise.all(ids.map(loadUnit))).map((u, i) => u ?? { id: ids[i], name: String(ids[i]) })
    if (!ids.includes(scope.unitId)) scope.unitId = ids.length === 1 ? ids[0] : null
    await loadPersons()
  }

  async function loadPersons() {
    lists.persons = scope.unitId
      ? ((await fetchAll('/platform/reference/persons', { unitId: scope.unitId, activeOnly: true, sort: 'id' }).catch(notifyError)) ?? [])
      : []
  }

  /** Reads the rounds (all of them the user may see, newest first) and the choices below. */
  async function init() {
    lists.rounds = (await guard(() => fromRoundPlanning(() => fetchAll('/round-planning/rounds', { sort: '-id' })))) ?? []
    if (!lists.rounds.some((r) => r.id === scope.roundId)) scope.roundId = lists.rounds[0]?.id ?? null
    await loadGroups()
    ready.value = true
  }

  watch(() => ({ ...scope }), (now) => {
    router.replace({ query: { ...route.query, roundId: now.roundId ?? undefined, groupId: now.groupId ?? undefined, unitId: now.unitId ?? undefined } })
  })

  return {
    scope, lists, ready, absence, init, group, members, memberName, unitName, personName, leaders,
    chooseRound: async (id) => { scope.roundId = id; await loadGroups() },
    chooseGroup: async (id) => { scope.groupId = id; await loadUnits() },
    chooseUnit: async (id) => { scope.unitId = id; await loadPersons() },
    /** For a page about one plan or record: its round, group and unit. */
    async fix(roundId, groupId, unitId) {
      Object.assign(scope, { roundId, groupId, unitId })
      lists.groups = (await fromRoundPlanning(() => api.get(`/round-planning/rounds/${roundId}/groups`)).catch(notifyError)) ?? []
      await loadUnits()
      ready.value = true
    },
  }
}
