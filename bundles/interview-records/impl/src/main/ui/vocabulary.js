// The module's enumerations as the server names them (labels in messages.js under the same names)
// and the mandatory-topic rule (必谈内容) the pages check as the user plans and writes.
import { defineEnum } from '@xuncha/console'

const M = 'interview-records.'
export const CATEGORY = defineEnum(M + 'category', ['TOP_LEADER', 'LEADING_GROUP', 'MIDDLE_MANAGER', 'STAFF', 'RETIRED', 'SERVED'])
export const REASON = defineEnum(M + 'reason', ['NOT_PLANNED', 'NOT_IN_OUTLINE'])
export const INTERVIEW_STATUS = defineEnum(M + 'planned', ['PLANNED', 'HELD', 'CANCELLED'])
export const ROLE = defineEnum(M + 'role', ['LEADER', 'DEPUTY', 'LIAISON', 'MEMBER', 'NONRESIDENT_DEPUTY'])
export const RECORD_STATUS = defineEnum(M + 'status', ['DRAFT', 'SIGNED'])
export const SIGNATURE = defineEnum(M + 'signature', ['PENDING', 'SIGNED', 'DECLINED'])
export const RAISED_KIND = defineEnum(M + 'kind', ['PROBLEM', 'LEAD'])
export const HAND_OVER = defineEnum(M + 'handOver', ['PENDING', 'HANDED_OVER'])
export const CHANNEL = defineEnum(M + 'channel', ['LETTER', 'PHONE', 'VISIT', 'MAILBOX', 'ONLINE'])
export const DISPOSITION = defineEnum(M + 'disposition', ['PENDING', 'REFERENCE', 'TO_UNIT', 'TO_DEPARTMENT', 'RAISED', 'OUT_OF_SCOPE'])

/** The mandatory topic's code in the outline templates. */
export const MANDATORY = 'leaders-work-life'
export const isLeadership = (category) => category === 'TOP_LEADER' || category === 'LEADING_GROUP'
export const coversMandatory = (topics) => (topics ?? []).some((x) => x.code === MANDATORY)
