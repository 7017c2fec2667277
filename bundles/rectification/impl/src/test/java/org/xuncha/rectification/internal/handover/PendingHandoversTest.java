package org.xuncha.rectification.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.EDU_NEW_LEADER;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.handover.PendingHandover.Party;
import org.xuncha.rectification.internal.handover.PendingHandover.Signature;

/** The handover the module opens when the reference data name a unit's new top leader, completed by both signatures. */
class PendingHandoversTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);
    private static final LocalDate ON = LocalDate.of(2025, 6, 28);

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aNewTopLeaderOpensAHandoverListingEveryOpenTaskThatPassesWithTheSecondSignature() {
        Task his = m.tasks.add(office, ledger, new TaskDraft("一", null, null, null, DEADLINE, null));
        Task deputy = m.tasks.add(office, ledger, new TaskDraft("二", null, "张副局长", null, DEADLINE, null));
        Task done = m.tasks.add(office, ledger, new TaskDraft("三", null, null, null, DEADLINE, null));
        m.tasks.requestClosure(office, done.id(), new ProgressDraft(null, "完成", "材料"));
        m.tasks.decideClosure(office, done.id(), new ClosureDecision(true, null));

        List<PendingHandover> opened = m.pendingHandovers.open(UNIT_EDU, EDU_NEW_LEADER);
        assertThat(opened).hasSize(1);
        PendingHandover p = opened.get(0);
        assertThat(p.status()).isEqualTo("PENDING");
        assertThat(p.outgoingLeader()).isEqualTo("王原任");
        assertThat(p.incomingLeader()).isEqualTo("李新任");
        assertThat(p.taskIds()).containsExactly(his.id());
        assertThat(m.pendingHandovers.open(UNIT_EDU, EDU_NEW_LEADER)).as("announced twice: opened once").isEmpty();
        assertThat(m.tasks.task(office, his.id()).responsibleLeader()).as("unsigned: nothing moves").isEqualTo("王原任");

        PendingHandover half = m.pendingHandovers.sign(office, p.id(), new Signature(Party.OUTGOING, ON));
        assertThat(half.status()).isEqualTo("PENDING");
        assertThat(code(() -> m.pendingHandovers.sign(office, p.id(), new Signature(Party.OUTGOING, ON)))).isEqualTo("already_signed");
        assertThat(m.db.events(RectificationEvents.HANDOVER_RECORDED)).isEmpty();

        PendingHandover done2 = m.pendingHandovers.sign(office, p.id(), new Signature(Party.INCOMING, ON.plusDays(1)));
        assertThat(done2.status()).isEqualTo("HANDED_OVER");
        assertThat(m.handovers.handover(office, done2.handoverId()).taskIds()).containsExactly(his.id());
        assertThat(m.handovers.handover(office, done2.handoverId()).handedOverOn()).isEqualTo(ON.plusDays(1));
        assertThat(m.tasks.task(office, his.id()).responsibleLeader()).isEqualTo("李新任");
        assertThat(m.tasks.task(office, deputy.id()).responsibleLeader()).isEqualTo("张副局长");
        assertThat(m.ledgers.ledger(office, ledger).principalLeader()).isEqualTo("李新任");
        assertThat(m.db.events(RectificationEvents.HANDOVER_RECORDED)).hasSize(1);
        assertThat(code(() -> m.pendingHandovers.sign(office, p.id(), new Signature(Party.INCOMING, ON)))).isEqualTo("handed_over");
        assertThat(m.pendingHandovers.open(UNIT_EDU, EDU_NEW_LEADER)).as("the ledger is the new leader's now").isEmpty();
    }

    @Test
    void twoAnnouncementsAtOnceOpenOneHandover() throws Exception {
        m.tasks.add(office, ledger, new TaskDraft("一", null, null, null, DEADLINE, null));
        int announcements = 6;
        ExecutorService pool = Executors.newFixedThreadPool(announcements);
        try {
            CyclicBarrier together = new CyclicBarrier(announcements);
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < announcements; i++) {
                opened.add(pool.submit(() -> {
                    together.await();
                    return m.pendingHandovers.open(UNIT_EDU, EDU_NEW_LEADER).size();
                }));
            }
            int total = 0;
            for (Future<Integer> f : opened) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).as("opened by exactly one announcement, the others answered quietly").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(m.pendingHandovers.list(office, UNIT_EDU, PageRequest.first(20)).total()).isEqualTo(1);
    }

    @Test
    void signaturesAreCheckedAndScoped() {
        long id = m.pendingHandovers.open(UNIT_EDU, EDU_NEW_LEADER).get(0).id();
        assertThat(fieldCodes(() -> m.pendingHandovers.sign(office, id, new Signature(null, ON.plusDays(5)))))
                .containsExactlyInAnyOrder("party:required", "signedOn:future");
        assertThat(status(() -> m.pendingHandovers.sign(countyOffice(), id, new Signature(Party.OUTGOING, ON)))).isEqualTo(403);
        assertThat(status(() -> m.pendingHandovers.sign(unitContact(EDU_CONTACT), id, new Signature(Party.OUTGOING, ON)))).isEqualTo(403);
        assertThat(status(() -> m.pendingHandovers.get(countyOffice(), id))).isEqualTo(403);
        assertThat(m.pendingHandovers.list(countyOffice(), null, PageRequest.first(20)).total()).isZero();
        assertThat(m.pendingHandovers.list(unitContact(EDU_CONTACT), null, PageRequest.first(20)).total()).isEqualTo(1);
        assertThat(m.pendingHandovers.open(UNIT_HEALTH, EDU_NEW_LEADER)).as("a person of another unit").isEmpty();
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (ApiException e) {
            return e.code();
        }
        return null;
    }
}
