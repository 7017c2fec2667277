package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.joint.AttendeeRole;
import org.xuncha.leadtransfer.internal.joint.ItemType;
import org.xuncha.leadtransfer.internal.joint.VisitKind;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.Decision;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;

class VocabularyTest {

    static final List<Labeled[]> ALL = List.of(ProblemStatus.values(), ApprovalStep.values(), Decision.values(), LeadStatus.values(),
            ReceiverKind.values(), DisposalMethod.values(), OutcomeKind.values(), SanctionGrade.values(), VisitKind.values(),
            AttendeeRole.values(), ItemType.values());

    @Test
    void everyTermHasAChineseAndAnEnglishName() {
        for (Labeled[] values : ALL) {
            for (Labeled v : values) {
                assertThat(v.nameZh()).as(v.name()).isNotBlank().matches(".*\\p{IsHan}.*");
                assertThat(v.nameEn()).as(v.name()).isNotBlank().matches("[ -~]+").isNotEqualTo(v.nameZh());
            }
        }
        assertThat(DisposalMethod.CASE_INVESTIGATION.nameZh()).isEqualTo("立案审查调查");
        assertThat(SanctionGrade.PROBATION.nameZh()).isEqualTo("留党察看");
        assertThat(Labeled.terms(OutcomeKind.values())).extracting(Labeled.Term::nameZh)
                .containsExactly("党纪处分", "政务处分", "组织处理", "留置", "移送司法");
    }

    @Test
    void theFileNamesNothingElse() throws Exception {
        Properties p = new Properties();
        try (var in = Labeled.class.getResourceAsStream("vocabulary.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (Labeled[] values : ALL) {
            for (Labeled v : values) {
                keys.add(((Enum<?>) v).getDeclaringClass().getSimpleName() + "." + v.name());
            }
        }
        assertThat(p.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }
}
