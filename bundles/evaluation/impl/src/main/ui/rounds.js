// Round planning's rounds, which every page of this module is chosen by. While round planning is not
// installed or being updated the pages say so (<ModuleNotice>) and published rankings still read.
import { computed, reactive } from 'vue'
import { fetchAll, moduleAbsence, notifyError } from '@xuncha/console'

const state = reactive({ rounds: [], absence: null, roundId: null })

export async function loadRounds() {
  try {
    state.rounds = await fetchAll('/round-planning/rounds', { sort: '-id' })
    state.absence = null
    if (state.roundId === null && state.rounds.length) state.roundId = state.rounds[0].id
  } catch (error) {
    state.rounds = []
    if (moduleAbsence(error)) state.absence = error
    else if (error?.status !== 403) notifyError(error)
  }
}

export const rounds = computed(() => state.rounds)
export const roundsAbsence = computed(() => state.absence)
/** The round chosen, kept across the module's pages. */
export const chosen = state
