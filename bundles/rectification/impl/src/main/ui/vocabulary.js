// The module's enums, labelled from messages.js (rectification.<enum>.<VALUE>).
import { defineEnum } from '@xuncha/console'

export const PHASE = defineEnum('rectification.phase', ['CONCENTRATED', 'CONTINUING', 'SUMMARY'])
export const TASK_STATUS = defineEnum('rectification.taskStatus', ['OPEN', 'CLOSURE_REQUESTED', 'CLOSED'])
export const ENTRY_KIND = defineEnum('rectification.entryKind', ['PROGRESS', 'CLOSURE_REQUESTED', 'CLOSURE_APPROVED', 'CLOSURE_RETURNED', 'HANDED_OVER'])
export const REPORT_STATUS = defineEnum('rectification.reportStatus', ['PENDING', 'OVERDUE', 'RECEIVED', 'RECEIVED_LATE'])
export const PARTY = defineEnum('rectification.party', ['DISCIPLINE', 'ORGANISATION', 'OFFICE'])
export const CONCLUSION = defineEnum('rectification.conclusion', ['ACCEPTED', 'CONTINUE'])
export const ASSIGNMENT_KIND = defineEnum('rectification.assignmentKind', ['INSTRUCTION', 'COMMON_PROBLEM', 'CAMPAIGN'])
export const BY = defineEnum('rectification.byDimension', ['ROUND', 'UNIT', 'DIVISION'])
export const SIGNING_PARTY = defineEnum('rectification.signingParty', ['OUTGOING', 'INCOMING'])
