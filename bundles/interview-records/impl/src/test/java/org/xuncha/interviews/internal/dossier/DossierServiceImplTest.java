package org.xuncha.interviews.internal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.MIDDLE;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;

class DossierServiceImplTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void theDossierIsCompiledFromSignedRecordsOnlyAndItsReadAndExportAreAudited() {
        InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER),
                interview(null, MIDDLE, m.template("中层干部和一般干部职工谈话提纲"), List.of(MEMBER, MEMBER2), MEMBER),
                interview(null, DEPUTY, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2));
        m.signedOff(m.record(plan.interviews().get(0), List.of(new Section("party-leadership", "贯彻落实", "本人陈述")), List.of()));
        m.signedOff(m.record(plan.interviews().get(1), List.of(), List.of(new LeaderNote(TOP, "反映一把手"))));
        m.record(plan.interviews().get(2), List.of(new Section(null, null, "草稿里的话")), List.of());

        LeaderDossier d = m.dossiers.compile(m.leader, ROUND, UNIT);
        assertThat(d.recordsUsed()).isEqualTo(2);
        assertThat(d.topLeaderOwnAccount()).extracting(LeaderDossier.Entry::text).containsExactly("本人陈述");
        assertThat(d.aboutTopLeader()).extracting(LeaderDossier.Entry::source).containsExactly("中层干部");
        assertThat(d.toString()).doesNotContain("草稿里的话").doesNotContain("陈静");

        Download docx = m.dossiers.export(m.leader, ROUND, UNIT);
        assertThat(docx.filename()).isEqualTo("专门材料-聊城市教育和体育局党组-十四届市委第一轮巡察.docx");
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && a.type().equals("dossier"))
                .anyMatch(a -> a.action() == AuditAction.EXPORT && a.type().equals("dossier"));
        assertThat(m.db.events()).anyMatch(e -> e.topic().equals(InterviewRecordsEvents.DOSSIER_EXPORTED));
    }

    @Test
    void aRoundOrUnitNotInspectedIsNamedAndAnotherGroupIsOutOfScope() {
        ApiException noRound = refusal(() -> m.dossiers.compile(m.leader, 999, UNIT));
        assertThat(noRound.status()).isEqualTo(404);
        assertThat(noRound.fields()).extracting(FieldError::field).containsExactly("roundId");
        assertThat(refusal(() -> m.dossiers.compile(m.leader, ROUND, 999)).fields()).extracting(FieldError::field).containsExactly("unitId");
        assertThat(refusal(() -> m.dossiers.compile(m.otherGroup, ROUND, UNIT)).code()).isEqualTo("out_of_scope");
    }
}
