package org.xuncha.roundplanning.internal.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.scopeFieldCodes;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestModuleStore;

class TermServiceTest {

    private final Testbed t = new Testbed();
    private final TermService terms = t.terms;

    @AfterEach
    void close() {
        t.close();
    }

    private Term term(String name, String division, LocalDate start, LocalDate end) {
        return new Term(null, name, division, start, end, null);
    }

    @Test
    void aTermIsCreatedAuditedAndReadBack() {
        Term created = t.cityTerm();
        assertThat(created.id()).isNotNull();
        assertThat(terms.term(t.office, created.id())).isEqualTo(created);
        TestModuleStore.Audited audit = t.db.audits().get(0);
        assertThat(audit.action()).isEqualTo(AuditAction.CREATE);
        assertThat(audit.inTransaction()).isTrue();
        assertThat(audit.summary()).isEqualTo("新增届 " + created.id());
    }

    @Test
    void termsOfOneCommitteeMayNotOverlapAndRoundsStayInside() {
        Term first = t.cityTerm();
        assertThat(refusal(() -> terms.create(t.office, term("重叠的届", Testbed.CITY, t.today(), t.today().plusYears(6)))).code())
                .isEqualTo("term_overlap");
        // the county's own term may run at the same time
        terms.create(t.office, term("中共东阿县第十五届委员会", Testbed.COUNTY, t.today(), t.today().plusYears(5)));
        t.round(first.id(), t.today().plusYears(2));
        Term shorter = new Term(first.id(), first.name(), Testbed.CITY, first.startDate(), t.today().plusYears(1), first.version());
        assertThat(refusal(() -> terms.update(t.office, first.id(), shorter)).code()).isEqualTo("rounds_outside");
    }

    @Test
    void everyTextFitsItsColumnAndEveryDateIsSane() {
        assertThat(fieldCodes(() -> terms.create(t.office, term("届".repeat(201), "3".repeat(13), LocalDate.of(1800, 1, 1),
                LocalDate.of(9999, 1, 1))))).containsExactlyInAnyOrder("name:too_long", "divisionCode:too_long",
                "startDate:out_of_range", "endDate:out_of_range");
        assertThat(fields(() -> terms.create(t.office, term(" ", null, null, null))))
                .containsExactlyInAnyOrder("name", "divisionCode", "startDate", "endDate");
        assertThat(fields(() -> terms.create(t.office, null))).isEmpty();
    }

    @Test
    void theDivisionMustExistAndLieInScope() {
        assertThat(fieldCodes(() -> terms.create(t.office, term("届", "379999", t.today(), t.today().plusYears(5)))))
                .containsExactly("divisionCode:not_found");
        assertThat(scopeFieldCodes(() -> terms.create(t.countyOffice, term("届", Testbed.CITY, t.today(), t.today().plusYears(5)))))
                .as("a division outside the caller's scope: 403 naming it").containsExactly("divisionCode:out_of_scope");
    }

    @Test
    void aCountyOfficeListsItsOwnTermsAndTheCityFiltersByDivision() {
        Term city = t.cityTerm();
        Term county = terms.create(t.office, term("中共东阿县第十五届委员会", Testbed.COUNTY, t.today(), t.today().plusYears(5)));
        PageRequest page = PageRequest.first(20);
        assertThat(terms.terms(t.countyOffice, null, page).items()).containsExactly(county);
        assertThat(terms.terms(t.office, null, page).total()).isEqualTo(2);
        assertThat(terms.terms(t.office, " " + Testbed.CITY + " ", page).items()).containsExactly(city);
        assertThat(terms.terms(t.office, "", page).total()).as("blank filters nothing").isEqualTo(2);
        assertThat(refusal(() -> terms.term(t.countyOffice, city.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> terms.term(t.office, 999_999)).status()).isEqualTo(404);
    }

    @Test
    void anUpdateNeedsTheVersionReadAndKeepsTheDivision() {
        Term created = t.cityTerm();
        Term renamed = terms.update(t.office, created.id(), new Term(null, "新名称", Testbed.CITY, created.startDate(), created.endDate(),
                created.version()));
        assertThat(renamed.name()).isEqualTo("新名称");
        assertThat(refusal(() -> terms.update(t.office, created.id(), new Term(null, "再改", Testbed.CITY, created.startDate(),
                created.endDate(), created.version()))).code()).isEqualTo("stale");
        assertThat(fields(() -> terms.update(t.office, created.id(), new Term(null, "再改", Testbed.COUNTY, created.startDate(),
                created.endDate(), null)))).containsExactly("divisionCode");
        assertThat(t.db.audits()).extracting(TestModuleStore.Audited::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(List.of(renamed.version())).doesNotContain(created.version());
    }
}
