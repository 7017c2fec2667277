package org.xuncha.rectification.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.EDU_NEW_LEADER;
import static org.xuncha.rectification.internal.TestModule.HEALTH_PERSON;
import static org.xuncha.rectification.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.group2Member;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.Handover;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.internal.TestModule;

class HandoverServiceTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);
    private static final LocalDate ON = LocalDate.of(2025, 6, 20);

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theOpenTasksOfTheOutgoingLeaderPassToTheIncomingOneNoneIsLeftWithoutALeader() {
        Task his = m.tasks.add(office, ledger, new TaskDraft("一", null, null, null, DEADLINE, null));
        Task deputy = m.tasks.add(office, ledger, new TaskDraft("二", null, "张副局长", null, DEADLINE, null));
        Task done = m.tasks.add(office, ledger, new TaskDraft("三", null, null, null, DEADLINE, null));
        m.tasks.requestClosure(office, done.id(), new ProgressDraft(null, "完成", "材料"));
        m.tasks.decideClosure(office, done.id(), new ClosureDecision(true, null));

        Handover h = m.handovers.record(office, new HandoverDraft(UNIT_EDU, null, "王原任", null, EDU_NEW_LEADER, ON, true, true));
        assertThat(h.incomingLeader()).isEqualTo("李新任");
        assertThat(h.taskIds()).containsExactly(his.id());
        assertThat(m.tasks.task(office, his.id()).responsibleLeader()).isEqualTo("李新任");
        assertThat(m.tasks.task(office, deputy.id()).responsibleLeader()).isEqualTo("张副局长");
        assertThat(m.tasks.task(office, done.id()).responsibleLeader()).as("closed tasks keep their history").isEqualTo("王原任");
        assertThat(m.ledgers.ledger(office, ledger).principalLeader()).isEqualTo("李新任");
        assertThat(m.tasks.history(office, his.id())).extracting(TaskEntry::kind).containsExactly(TaskEntry.Kind.HANDED_OVER);
        assertThat(m.db.events(RectificationEvents.HANDOVER_RECORDED)).extracting(e -> e.properties().get(RectificationEvents.TASKS))
                .containsExactly(1);
        assertThat(m.db.audits()).filteredOn(a -> a.type().equals("handover")).hasSize(1);
    }

    @Test
    void aHandoverNeedsBothSignaturesACadreOfTheUnitAndAKnownRound() {
        assertThat(fields(() -> m.handovers.record(office, new HandoverDraft(UNIT_EDU, null, "王原任", "李新任", null, ON, true, false))))
                .containsExactly("incomingSigned");
        assertThat(fieldCodes(() -> m.handovers.record(office, new HandoverDraft(UNIT_EDU, null, "王原任", null, HEALTH_PERSON, ON, true, true))))
                .containsExactly("incomingPersonId:invalid");
        assertThat(fieldCodes(() -> m.handovers.record(office, new HandoverDraft(UNIT_HEALTH, 999L, "甲", "乙", null, ON, true, true))))
                .containsExactly("roundId:not_found");
        assertThat(fieldCodes(() -> m.handovers.record(office, new HandoverDraft(999L, null, "甲", "乙", null, ON, true, true))))
                .containsExactly("unitId:not_found");
        assertThat(m.handovers.handovers(office, null, PageRequest.first(20)).total()).isZero();
    }

    @Test
    void handoversAreListedInScopeAndRecordedByTheOfficeOnly() {
        long edu = m.handovers.record(office, new HandoverDraft(UNIT_EDU, CITY_ROUND, "王原任", "李新任", null, ON, true, true)).id();
        long health = m.handovers.record(office, new HandoverDraft(UNIT_HEALTH, null, "赵原任", "钱新任", null, ON.plusDays(1), true, true)).id();
        assertThat(m.handovers.handovers(office, null, PageRequest.first(20)).items()).extracting(Handover::id).containsExactly(health, edu);
        assertThat(m.handovers.handovers(office, UNIT_EDU, PageRequest.first(20)).items()).extracting(Handover::id).containsExactly(edu);
        assertThat(m.handovers.handovers(group2Member(), null, PageRequest.first(20)).items()).extracting(Handover::id).containsExactly(health);
        assertThat(m.handovers.handovers(unitContact(EDU_CONTACT), null, PageRequest.first(20)).items()).extracting(Handover::id).containsExactly(edu);
        assertThat(status(() -> m.handovers.handover(unitContact(EDU_CONTACT), health))).isEqualTo(403);
        assertThat(status(() -> m.handovers.handover(countyOffice(), edu))).isEqualTo(403);
        assertThat(m.handovers.handovers(countyOffice(), null, PageRequest.first(20)).total()).isZero();
        assertThat(status(() -> m.handovers.record(countyOffice(), new HandoverDraft(UNIT_EDU, null, "甲", "乙", null, ON, true, true))))
                .isEqualTo(403);
        assertThat(status(() -> m.handovers.record(unitContact(EDU_CONTACT), new HandoverDraft(UNIT_EDU, null, "甲", "乙", null, ON, true, true))))
                .isEqualTo(403);
        m.handovers.record(countyOffice(), new HandoverDraft(UNIT_COUNTY, null, "孙原任", "周新任", null, ON, true, true));
        assertThat(m.ledgers.figures(office, null).handovers()).isEqualTo(3);
        assertThat(m.ledgers.figures(countyOffice(), null).handovers()).isEqualTo(1);
    }
}
