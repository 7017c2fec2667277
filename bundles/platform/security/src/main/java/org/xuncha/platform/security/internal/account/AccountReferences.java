package org.xuncha.platform.security.internal.account;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * Looks up the reference data an account refers to: its division and the person it is. An account
 * naming a division or person that does not exist would see nothing or someone else's groups, so it
 * is refused, naming the field. Reference data lives in the platform bundle, which itself needs this
 * bundle's audit trail, hence a dynamic reference: while it is away, an account that names either
 * cannot be saved (503) rather than be saved unchecked.
 */
@Component(service = AccountReferences.class)
public class AccountReferences {

    private volatile ReferenceDataService reference;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setReference(ReferenceDataService r) {
        this.reference = r;
    }

    void unsetReference(ReferenceDataService r) {
        if (this.reference == r) {
            this.reference = null;
        }
    }

    /** The division's Chinese name for a listing, its code while reference data is away or for a division no longer there. */
    String divisionName(String divisionCode) {
        ReferenceDataService r = reference;
        if (divisionCode == null || r == null) {
            return divisionCode;
        }
        return r.division(Caller.system("account-references"), divisionCode).map(d -> d.nameZh()).orElse(divisionCode);
    }

    /** Adds a {@code not_found} error for a division or person named but not there. */
    Checks check(Checks checks, String divisionCode, Long personId) {
        if (divisionCode == null && personId == null) {
            return checks;
        }
        ReferenceDataService r = reference;
        if (r == null) {
            throw new ApiException(503, "reference_unavailable", "基础数据服务暂不可用，请稍后再试",
                    "Reference data is unavailable; try again shortly");
        }
        // whether they exist, whoever asks: an account may be given a division the administrator's own scope does not cover
        Caller lookup = Caller.system("account-references");
        if (divisionCode != null) {
            checks.check(r.division(lookup, divisionCode).isEmpty(), "divisionCode", "not_found",
                    "所属区划不存在：" + divisionCode, "division not found: " + divisionCode);
        }
        if (personId != null) {
            checks.check(r.person(lookup, personId).isEmpty(), "personId", "not_found",
                    "关联干部不存在：" + personId, "person not found: " + personId);
        }
        return checks;
    }
}
