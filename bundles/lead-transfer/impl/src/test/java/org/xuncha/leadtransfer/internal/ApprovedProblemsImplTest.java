package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.leadtransfer.internal.TestModule.countyOffice;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.leadtransfer.internal.TestModule.officeLeader;
import static org.xuncha.leadtransfer.internal.TestModule.problem;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.testkit.Refusals;

/** Approved problems as rectification reads them: approved ones only, of the unit and round, in scope, each read audited. */
class ApprovedProblemsImplTest {

    private final TestModule m = new TestModule();
    private final ApprovedProblemsImpl approved = new ApprovedProblemsImpl(m.problems);

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void onlyTheApprovedProblemsOfTheUnitInTheRoundWithTheirDescriptions() {
        List<Long> ids = m.approvals.createApproved(officeLeader(), List.of(problem(CITY_ROUND, GROUP_1, UNIT_EDU, "虚列支出48万元"),
                problem(CITY_ROUND, GROUP_1, UNIT_SCHOOL, "学校问题"), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "公务接待超标准")));
        m.aProblem(); // a draft of the same unit: not approved
        m.db.clearRecords();

        List<ApprovedProblem> found = approved.of(office(), CITY_ROUND, UNIT_EDU);
        assertThat(found).extracting(ApprovedProblem::id).containsExactly(ids.get(0), ids.get(2));
        assertThat(found).extracting(ApprovedProblem::description).containsExactly("虚列支出48万元", "公务接待超标准");
        assertThat(found.get(0).approvedOn()).isNotNull();
        assertThat(m.db.audits()).filteredOn(a -> a.action() == AuditAction.READ).hasSize(2);

        assertThat(approved.of(countyOffice(), CITY_ROUND, UNIT_EDU)).isEmpty();
        assertThat(Refusals.status(() -> approved.of(TestModule.discipline(), CITY_ROUND, UNIT_EDU))).isEqualTo(403);
    }
}
