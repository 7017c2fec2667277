// The module's enums as the server names them, with their Chinese and English labels, and the
// helpers every page of the module uses.
import { pick, rules, t } from '@xuncha/console'

export const STAGES = {
  PREPARATION: ['准备', 'Preparation'], ENTRY: ['进驻', 'Entry'], FIELDWORK: ['了解', 'Fieldwork'], REPORT: ['报告', 'Report'],
  FEEDBACK: ['反馈', 'Feedback'], TRANSFER: ['移交', 'Transfer'], RECTIFICATION: ['整改', 'Rectification'],
  ASSESSMENT: ['评估', 'Assessment'], ARCHIVE: ['归档', 'Archive'],
}
export const TYPES = {
  REGULAR: ['常规巡察', 'Regular'], SPECIAL: ['专项巡察', 'Special-topic'], MOBILE: ['机动巡察', 'Mobile'],
  ESCALATED: ['提级巡察', 'Escalated'], CROSS: ['交叉巡察', 'Crossed'], FOLLOW_UP: ['回头看', 'Follow-up'],
  JOINT: ['巡纪审联动', 'Inspection-discipline-audit joint'],
}
export const PLAN_STATUS = {
  DRAFT: ['草拟', 'Draft'], LEADING_GROUP_APPROVED: ['领导小组已审议', 'Approved by the leading group'],
  APPROVED: ['已批准', 'Approved by the committee'],
}
export const BODIES = { LEADING_GROUP: ['巡察工作领导小组', 'Leading group'], COMMITTEE: ['书记专题会（常委会）', 'Committee secretary\'s meeting'] }
export const ROLES = {
  LEADER: ['组长', 'Leader'], DEPUTY: ['副组长', 'Deputy leader'], LIAISON: ['联络员', 'Liaison'], MEMBER: ['组员', 'Member'],
  NONRESIDENT_DEPUTY: ['不驻组副组长', 'Non-resident deputy leader'],
}
export const DEADLINE_KINDS = { STAGE: ['阶段时限', 'Stage limit'], RECTIFICATION_REPORT: ['整改报告报送时限', 'Rectification report'] }
export const AVOIDANCE_KINDS = {
  RELATIVE: ['亲属在该单位任职', 'A relative works there'], PAST_WORK: ['曾在该单位工作', 'Worked there before'],
  OTHER: ['其他应当回避的情形', 'Other reason'],
}

/** The label of an enum value in the user's language. */
export const label = (map, value) => (map[value] ? pick(map[value][0], map[value][1]) : value ?? '')

/** This module's message. */
export const m = (key, params) => t('round-planning.' + key, params)

export const STAGE_ORDER = Object.keys(STAGES)
export const nextStage = (s) => STAGE_ORDER[STAGE_ORDER.indexOf(s) + 1] ?? null
export const previousStage = (s) => STAGE_ORDER[STAGE_ORDER.indexOf(s) - 1] ?? null

export const PERM = {
  TERM_WRITE: 'round-planning.term.write', COVERAGE_READ: 'round-planning.coverage.read', ROUND_WRITE: 'round-planning.round.write',
  PLAN_AMEND: 'round-planning.plan.amend', APPROVE_LEADING_GROUP: 'round-planning.plan.approve.leading-group',
  APPROVE_COMMITTEE: 'round-planning.plan.approve.committee', TRACK: 'round-planning.round.track',
  STAGE_CORRECT: 'round-planning.stage.correct', PRIORITY_WRITE: 'round-planning.priority.write',
  AVOIDANCE_READ: 'round-planning.avoidance.read',
}
/** The permission to move a round into a stage. */
export const stagePermission = (s) => 'round-planning.stage.' + s.toLowerCase()

/** A LocalDate or LocalDateTime as the page shows it. */
export const day = (v) => (v ? String(v).slice(0, 10) : '')
export const time = (v) => (v ? String(v).replace('T', ' ').slice(0, 16) : '')
/** Today in the browser's time zone, as the server's LocalDate. */
export function today() {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Form rules for a round's plan fields (RoundFields.vue), checked as the user types. */
export const roundRules = (model) => ({
  type: [rules.required('round-planning.round.type')],
  name: [rules.maxLength('round-planning.round.name', 200)],
  plannedEnd: [rules.custom((v) => (v && model.plannedStart && v < model.plannedStart ? 'round-planning.round.endBeforeStart' : null))],
})

/** The Round.Draft a form's model describes. */
export const roundDraft = (model) => ({
  termId: model.termId ?? null, type: model.type, name: model.name || null, plannedStart: model.plannedStart, plannedEnd: model.plannedEnd,
  priorityIds: model.priorityIds, supervisionTopics: model.supervisionTopics, description: model.description || null, version: model.version ?? null,
})
