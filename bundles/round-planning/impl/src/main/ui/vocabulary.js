// The module's enumerations as the server names them (labels in messages.js), the order of a
// round's stages, and the module's permissions (RoundPlanningPermissions.java).
import { defineEnum } from '@xuncha/console'

const M = 'round-planning.'
export const STAGE = defineEnum(M + 'stages',
  ['PREPARATION', 'ENTRY', 'FIELDWORK', 'REPORT', 'FEEDBACK', 'TRANSFER', 'RECTIFICATION', 'ASSESSMENT', 'ARCHIVE'])
export const TYPE = defineEnum(M + 'types', ['REGULAR', 'SPECIAL', 'MOBILE', 'ESCALATED', 'CROSS', 'FOLLOW_UP', 'JOINT'])
export const PLAN_STATUS = defineEnum(M + 'planStatus', ['DRAFT', 'LEADING_GROUP_APPROVED', 'APPROVED'])
export const BODY = defineEnum(M + 'bodies', ['LEADING_GROUP', 'COMMITTEE'])
export const ROLE = defineEnum(M + 'roles', ['LEADER', 'DEPUTY', 'LIAISON', 'MEMBER', 'NONRESIDENT_DEPUTY'])
export const DEADLINE_KIND = defineEnum(M + 'deadlineKinds', ['STAGE', 'RECTIFICATION_REPORT'])
export const AVOIDANCE_KIND = defineEnum(M + 'avoidanceKinds', ['RELATIVE', 'PAST_WORK', 'OTHER'])

export const nextStage = (s) => STAGE.values[STAGE.values.indexOf(s) + 1] ?? null
export const previousStage = (s) => STAGE.values[STAGE.values.indexOf(s) - 1] ?? null

export const PERM = {
  TERM_WRITE: 'round-planning.term.write', COVERAGE_READ: 'round-planning.coverage.read', ROUND_WRITE: 'round-planning.round.write',
  PLAN_AMEND: 'round-planning.plan.amend', APPROVE_LEADING_GROUP: 'round-planning.plan.approve.leading-group',
  APPROVE_COMMITTEE: 'round-planning.plan.approve.committee', TRACK: 'round-planning.round.track',
  STAGE_CORRECT: 'round-planning.stage.correct', PRIORITY_WRITE: 'round-planning.priority.write',
  AVOIDANCE_READ: 'round-planning.avoidance.read',
}
/** The permission to move a round into a stage. */
export const stagePermission = (s) => 'round-planning.stage.' + s.toLowerCase()
