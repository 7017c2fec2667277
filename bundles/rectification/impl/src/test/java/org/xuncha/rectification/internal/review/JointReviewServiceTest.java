package org.xuncha.rectification.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.discipline;
import static org.xuncha.rectification.internal.TestModule.organisation;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.review.JointReviewRules.Conclusion;
import org.xuncha.rectification.internal.review.JointReviewRules.Party;
import org.xuncha.rectification.internal.review.JointReviewService.ConclusionDraft;
import org.xuncha.rectification.internal.review.JointReviewService.Draft;
import org.xuncha.rectification.internal.review.JointReviewService.JointReview;
import org.xuncha.rectification.internal.review.JointReviewService.Opinion;
import org.xuncha.testkit.TestModuleStore;

class JointReviewServiceTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();
    private final LocalDate day = LocalDate.of(2025, 6, 30);

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void eachPartySpeaksForItselfAndTheConclusionWaitsForAllThree() {
        JointReview r = m.jointReviews.open(office, ledger, new Draft(day));
        m.jointReviews.opinion(discipline(), r.id(), new Opinion(Party.DISCIPLINE, " 未发现新的违纪问题 "));
        assertThat(refusal(() -> m.jointReviews.conclude(office, r.id(), new ConclusionDraft(Conclusion.ACCEPTED, null))).code())
                .isEqualTo("opinions_missing");
        m.jointReviews.opinion(organisation(), r.id(), new Opinion(Party.ORGANISATION, "班子调整到位"));
        m.jointReviews.opinion(office, r.id(), new Opinion(Party.OFFICE, "整改任务均已销号"));
        JointReview done = m.jointReviews.conclude(office, r.id(), new ConclusionDraft(Conclusion.ACCEPTED, "同意"));
        assertThat(done.conclusion()).isEqualTo(Conclusion.ACCEPTED);
        assertThat(done.concludedOn()).isEqualTo(day);
        assertThat(done.disciplineOpinion()).isEqualTo("未发现新的违纪问题");
        assertThat(done.disciplineBy()).isEqualTo(discipline().username());
        assertThat(m.db.stored("xc_rectification_joint_review", "discipline_opinion", r.id())).startsWith(TestModuleStore.BOUND_PREFIX)
                .doesNotContain("违纪");
        assertThat(refusal(() -> m.jointReviews.opinion(office, r.id(), new Opinion(Party.OFFICE, "改口"))).code()).isEqualTo("review_concluded");
        assertThat(m.jointReviews.reviews(discipline(), ledger, null, null, PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(m.db.audits()).extracting(TestModuleStore.Audited::type).contains("joint-review");
    }

    @Test
    void aPartyCannotSpeakForAnotherAndBadInputIsNamed() {
        JointReview r = m.jointReviews.open(office, ledger, new Draft(day));
        assertThat(refusal(() -> m.jointReviews.opinion(discipline(), r.id(), new Opinion(Party.ORGANISATION, "代组织部"))).code())
                .isEqualTo("wrong_party");
        assertThat(refusal(() -> m.jointReviews.opinion(office, r.id(), new Opinion(Party.DISCIPLINE, "代纪委"))).code()).isEqualTo("wrong_party");
        assertThat(fields(() -> m.jointReviews.opinion(office, r.id(), new Opinion(null, "x".repeat(1001))))).containsExactly("party", "opinion");
        assertThat(fields(() -> m.jointReviews.open(office, ledger, new Draft(LocalDate.of(2025, 5, 1))))).containsExactly("heldOn");
        assertThat(fields(() -> m.jointReviews.open(office, 999_999, new Draft(day)))).containsExactly("ledgerId");
        assertThat(status(() -> m.jointReviews.open(countyOffice(), ledger, new Draft(day)))).isEqualTo(403);
        assertThat(status(() -> m.jointReviews.review(countyOffice(), r.id()))).isEqualTo(403);
        assertThat(status(() -> m.jointReviews.opinion(unitContact(EDU_CONTACT), r.id(), new Opinion(Party.OFFICE, "x")))).isEqualTo(403);
        assertThat(fields(() -> m.jointReviews.conclude(office, r.id(), new ConclusionDraft(null, null)))).containsExactly("conclusion");
    }
}
