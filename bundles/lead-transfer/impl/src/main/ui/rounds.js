// Round planning's rounds and groups, which this module's problems and leads belong to. They come
// from that module: while it is not installed or being updated the pages say so (RoundsNotice) and
// go on without round and group names; a user who may not read rounds (a receiver) goes without.
import { computed, reactive } from 'vue'
import { api, fetchAll, moduleAbsence, notifyError } from '@xuncha/console'

const state = reactive({ rounds: [], groups: {}, absence: null })
const groupReads = new Map()

function failed(error) {
  if (moduleAbsence(error)) state.absence = error
  else if (error?.status !== 403) notifyError(error)
}

/** Reads all the rounds the user may see, newest first; every page does as it opens (new rounds appear). */
export async function loadRounds() {
  groupReads.clear()
  try {
    state.rounds = await fetchAll('/round-planning/rounds', { sort: '-id' })
    state.absence = null
  } catch (error) {
    state.rounds = []
    failed(error)
  }
}

/** The groups of a round, read once per page opening. */
export function loadGroups(roundId) {
  if (roundId === null || roundId === undefined) return Promise.resolve([])
  if (!groupReads.has(roundId)) {
    groupReads.set(roundId, api.get(`/round-planning/rounds/${roundId}/groups`).then((groups) => {
      state.groups[roundId] = groups ?? []
      return state.groups[roundId]
    }, (error) => {
      groupReads.delete(roundId)
      failed(error)
      return []
    }))
  }
  return groupReads.get(roundId)
}

/** The groups of the rows' rounds, for the names in a list. */
export const loadNames = (rows) => Promise.all([...new Set(rows.map((r) => r.roundId))].map(loadGroups))

export const rounds = computed(() => state.rounds)
/** The answer that says round planning is absent, or null: for <ModuleNotice>. */
export const roundsAbsence = computed(() => state.absence)

export function roundName(id) {
  return state.rounds.find((r) => r.id === id)?.name ?? (id === null || id === undefined ? '' : '#' + id)
}

export const groupsOf = (roundId) => state.groups[roundId] ?? []

export function groupName(roundId, groupId) {
  return groupsOf(roundId).find((g) => g.id === groupId)?.name ?? '#' + groupId
}
