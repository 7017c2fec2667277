// Names of the built-in roles (org.xuncha.platform.api.security.Roles), for the top bar and the
// administrators' pages.
import { pick } from './i18n.js'

export const ROLES = [
  ['sys-admin', '系统管理员', 'System administrator'],
  ['security-admin', '安全保密管理员', 'Security administrator'],
  ['security-auditor', '安全审计员', 'Security auditor'],
  ['office-leader', '巡察办领导', 'Inspection office leader'],
  ['office-staff', '巡察办工作人员', 'Inspection office staff'],
  ['group-leader', '巡察组组长', 'Group leader'],
  ['group-deputy', '巡察组副组长', 'Deputy group leader'],
  ['group-liaison', '巡察组联络员', 'Group liaison'],
  ['group-member', '巡察组组员', 'Group member'],
  ['nonresident-deputy', '不驻组副组长', 'Non-resident deputy leader'],
  ['discipline-commission', '纪委监委', 'Discipline commission'],
  ['organisation-dept', '组织部', 'Organisation department'],
  ['audit-bureau', '审计局', 'Audit bureau'],
  ['inspected-unit', '被巡察党组织', 'Inspected unit'],
  ['committee-leader', '市（县）委领导', 'Committee leader'],
].map(([id, nameZh, nameEn]) => ({ id, nameZh, nameEn }))

/** The three administrators (三员), who hold no other role. */
export const ADMIN_ROLES = ['sys-admin', 'security-admin', 'security-auditor']

export function roleName(id) {
  const role = ROLES.find((r) => r.id === id)
  return role ? pick(role.nameZh, role.nameEn) : id
}
