package org.xuncha.rectification.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/**
 * Who sees which ledger. Three limits, all applied to every read and to every id a write refers to:
 * <ul>
 * <li>the caller's divisions (a city sees itself and its counties, a county itself);</li>
 * <li>group roles: the units their groups inspected ({@code groupId} of the ledger);</li>
 * <li>the inspected unit's contact (role {@value Roles#INSPECTED_UNIT} and no role of the office, the
 *     groups or the departments): the unit of the cadre their account is linked to, only. An account
 *     of that role linked to no cadre sees nothing, rather than every unit of its division.</li>
 * </ul>
 */
@Component(service = Access.class)
public class Access {

    /** Roles that read across units; holding any of them lifts the unit contact's limit. */
    static final Set<String> ACROSS_UNITS = Roles.with(Roles.INSPECTION_WORK, Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT,
            Roles.AUDIT_BUREAU, Roles.COMMITTEE_LEADER);

    /** No unit has this id: the filter of a unit contact whose own unit is unknown. */
    static final long NO_UNIT = -1;

    private final ReferenceDataService reference;

    @Activate
    public Access(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** Whether the caller is limited to their own unit. */
    public static boolean unitLimited(Caller caller) {
        return caller.hasRole(Roles.INSPECTED_UNIT) && caller.roles().stream().noneMatch(ACROSS_UNITS::contains) && !caller.isSystem();
    }

    /**
     * The unit of a unit contact: the unit of the cadre their account is linked to. Read as the
     * platform, because the contact needs no permission on reference data to know their own unit.
     */
    public long ownUnit(Caller caller) {
        if (caller.personId() == null) {
            return NO_UNIT;
        }
        return reference.person(Caller.system("rectification-scope"), caller.personId()).map(Person::unitId).orElse(NO_UNIT);
    }

    /** The filter of the caller's scope over an entity that keeps {@code divisionCode}, {@code groupId} and {@code unitId}. */
    public Where scoped(Caller caller, String alias) {
        Where w = Where.scoped(caller, alias + ".divisionCode", alias + ".groupId");
        return unitLimited(caller) ? w.eq(alias + ".unitId", "ownUnit", ownUnit(caller)) : w;
    }

    /**
     * The filter of the caller's scope over an entity that keeps {@code divisionCode} and
     * {@code unitId} but no group (a handover): group roles see the units their groups inspect.
     */
    public Where scopedByUnit(Caller caller, String alias) {
        Where w = Where.scoped(caller, alias + ".divisionCode", null);
        if (caller.scope().groupLimited()) {
            w.in(alias + ".unitId", "groupUnits", caller.scope().group().unitIds());
        }
        return unitLimited(caller) ? w.eq(alias + ".unitId", "ownUnit", ownUnit(caller)) : w;
    }

    /** 403 unless a record without a group (its division and unit) is in the caller's scope. */
    public void requireUnit(Caller caller, String divisionCode, long unitId) {
        caller.requireDivision(divisionCode);
        if (!caller.scope().coversUnit(unitId) || (unitLimited(caller) && ownUnit(caller) != unitId)) {
            throw ApiException.outOfScope();
        }
    }

    /** 403 unless the record (its division, group and unit) is in the caller's scope. */
    public void require(Caller caller, String divisionCode, Long groupId, long unitId) {
        caller.requireDivision(divisionCode);
        if (caller.scope().groupLimited() && (groupId == null || !caller.scope().coversGroup(groupId))) {
            throw ApiException.outOfScope();
        }
        if (unitLimited(caller) && ownUnit(caller) != unitId) {
            throw ApiException.outOfScope();
        }
    }

    /** 403 {@code out_of_scope}, naming the field that refers to what the caller may not touch. */
    public static ApiException outOfScope(String field, String zh, String en) {
        return new ApiException(403, "out_of_scope", "超出您的数据范围：" + zh, "Outside your data scope: " + en,
                List.of(new FieldError(field, "out_of_scope", zh, en)));
    }
}
