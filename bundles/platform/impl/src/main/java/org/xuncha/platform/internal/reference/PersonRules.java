package org.xuncha.platform.internal.reference;

import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.Checks;

/** What a person (cadre) must be before the database is asked anything. Lengths are those of {@code xc_person}'s columns. */
final class PersonRules {

    static final int NAME_MAX = 50;
    static final int POST_MAX = 100;
    static final int RANK_MAX = 30;

    private PersonRules() {
    }

    static Checks check(Person p) {
        return new Checks()
                .required("name", p.name(), "姓名", "name").maxLength("name", UnitRules.trimmed(p.name()), NAME_MAX, "姓名", "name")
                .required("unitId", p.unitId(), "所在单位", "unit")
                .maxLength("post", UnitRules.trimmed(p.post()), POST_MAX, "职务", "post")
                .maxLength("rank", UnitRules.trimmed(p.rank()), RANK_MAX, "职级", "rank");
    }
}
