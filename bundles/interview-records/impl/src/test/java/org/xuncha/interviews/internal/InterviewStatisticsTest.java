package org.xuncha.interviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.GROUP;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MIDDLE;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.testkit.TestCallers;

class InterviewStatisticsTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    Map<String, Number> figures(Caller caller) {
        return m.statistics.of(caller).stream().collect(Collectors.toMap(Statistic::id, Statistic::value));
    }

    @Test
    void theDashboardCountsWhatTheCallerMaySeeAndNoMore() {
        InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER),
                interview(null, DEPUTY, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2),
                interview(null, MIDDLE, m.template("中层干部和一般干部职工谈话提纲"), List.of(MEMBER, MEMBER2), MEMBER));
        m.record(plan.interviews().get(1), List.of(new Section(null, null, "没有谈到班子")), List.of());
        long record = m.record(plan.interviews().get(0), List.of(new Section(null, null, "谈话")),
                List.of(new LeaderNote(DEPUTY, "分管工作推进有力"))).id();
        m.records.raise(m.member, record, new RaiseDraft(HandOverKind.PROBLEM, null, "问题", null, null, null, null, null, null));
        m.letters.register(m.member, new LetterDraft(ROUND, GROUP, UNIT, LetterChannel.VISIT, LocalDate.of(2026, 11, 18), null, null,
                "来访", null, null));

        Map<String, Number> office = figures(m.officeLeader);
        assertThat(office).containsEntry("interview-records.planned", 3L).containsEntry("interview-records.held", 2L)
                .containsEntry("interview-records.mandatory-coverage", 67).containsEntry("interview-records.records-missing-topic", 1L)
                .containsEntry("interview-records.letters", 1L).containsEntry("interview-records.raised", 1L);
        assertThat(figures(m.otherGroup)).containsEntry("interview-records.planned", 0L).containsEntry("interview-records.held", 0L)
                .containsEntry("interview-records.letters", 0L);
    }

    @Test
    void aGroupRoleWithoutGroupsGetsZerosNotAFailure() {
        m.letters.register(m.member, new LetterDraft(ROUND, GROUP, UNIT, LetterChannel.VISIT, LocalDate.of(2026, 11, 18), null, null,
                "来访", null, null));
        // "no group in scope" and "misses the mandatory topic = true" in one statement used to reach H2 as
        // "... and misses_mandatory = 1" (BOOLEAN and INTEGER are not comparable): the dashboard lost the module
        Caller noGroups = TestCallers.of("ivr-no-groups", Roles.GROUP_MEMBER, TestModule.DIVISION, Set.of(TestModule.DIVISION), 99L,
                new GroupScope(Set.of(), Set.of(), Set.of()), TestModule.ALL_PERMISSIONS);
        assertThat(figures(noGroups)).containsEntry("interview-records.records-missing-topic", 0L).containsEntry("interview-records.held", 0L)
                .containsEntry("interview-records.letters", 0L);
    }
}
