package org.xuncha.platform.api.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Built-in role ids. The three administrators are separated (三员分立): the system administrator
 * runs accounts and modules but reads neither audit records nor business content; the security
 * administrator assigns roles and permissions; the security auditor reads the audit trail only.
 */
public final class Roles {

    public static final String SYS_ADMIN = "sys-admin";
    public static final String SECURITY_ADMIN = "security-admin";
    public static final String SECURITY_AUDITOR = "security-auditor";

    public static final String OFFICE_LEADER = "office-leader";
    public static final String OFFICE_STAFF = "office-staff";
    public static final String GROUP_LEADER = "group-leader";
    public static final String GROUP_DEPUTY = "group-deputy";
    public static final String GROUP_LIAISON = "group-liaison";
    public static final String GROUP_MEMBER = "group-member";
    public static final String NONRESIDENT_DEPUTY = "nonresident-deputy";
    public static final String DISCIPLINE_COMMISSION = "discipline-commission";
    public static final String ORGANISATION_DEPT = "organisation-dept";
    public static final String AUDIT_BUREAU = "audit-bureau";
    public static final String INSPECTED_UNIT = "inspected-unit";
    public static final String COMMITTEE_LEADER = "committee-leader";

    /** A built-in role. {@code groupScoped} roles see only their own rounds, groups and targets. */
    public record RoleDefinition(String id, String nameZh, String nameEn, boolean groupScoped, boolean administrator) {
    }

    public static final List<RoleDefinition> BUILT_IN = List.of(
            new RoleDefinition(SYS_ADMIN, "系统管理员", "System administrator", false, true),
            new RoleDefinition(SECURITY_ADMIN, "安全保密管理员", "Security administrator", false, true),
            new RoleDefinition(SECURITY_AUDITOR, "安全审计员", "Security auditor", false, true),
            new RoleDefinition(OFFICE_LEADER, "巡察办领导", "Inspection office leader", false, false),
            new RoleDefinition(OFFICE_STAFF, "巡察办工作人员", "Inspection office staff", false, false),
            new RoleDefinition(GROUP_LEADER, "巡察组组长", "Group leader", true, false),
            new RoleDefinition(GROUP_DEPUTY, "巡察组副组长", "Deputy group leader", true, false),
            new RoleDefinition(GROUP_LIAISON, "巡察组联络员", "Group liaison", true, false),
            new RoleDefinition(GROUP_MEMBER, "巡察组组员", "Group member", true, false),
            new RoleDefinition(NONRESIDENT_DEPUTY, "不驻组副组长", "Non-resident deputy leader", true, false),
            new RoleDefinition(DISCIPLINE_COMMISSION, "纪委监委", "Discipline commission", false, false),
            new RoleDefinition(ORGANISATION_DEPT, "组织部", "Organisation department", false, false),
            new RoleDefinition(AUDIT_BUREAU, "审计局", "Audit bureau", false, false),
            new RoleDefinition(INSPECTED_UNIT, "被巡察党组织", "Inspected unit", false, false),
            new RoleDefinition(COMMITTEE_LEADER, "市（县）委领导", "Committee leader", false, false));

    /** Roles limited to their own groups. */
    public static final Set<String> GROUP_ROLES = Set.of(GROUP_LEADER, GROUP_DEPUTY, GROUP_LIAISON, GROUP_MEMBER, NONRESIDENT_DEPUTY);

    /** The group roles that work in the group (the non-resident deputy leader only joins and reads). */
    public static final Set<String> GROUP_WORKERS = Set.of(GROUP_LEADER, GROUP_DEPUTY, GROUP_LIAISON, GROUP_MEMBER);

    /** The office itself: plans, tracks and reads across rounds. */
    public static final Set<String> OFFICE = Set.of(OFFICE_LEADER, OFFICE_STAFF);

    /** Group roles plus the office: those who do the inspection work. */
    public static final Set<String> INSPECTION_WORK = Set.of(OFFICE_LEADER, OFFICE_STAFF, GROUP_LEADER, GROUP_DEPUTY,
            GROUP_LIAISON, GROUP_MEMBER, NONRESIDENT_DEPUTY);

    private Roles() {
    }

    /** A set of roles and some more: default roles of a permission built from the sets above. */
    public static Set<String> with(Set<String> roles, String... more) {
        Set<String> all = new HashSet<>(roles);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
