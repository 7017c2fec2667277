package org.xuncha.personnelpools.internal.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Suggestion;

class SkillMatchingTest {

    final List<Requirement> defaults = Requirement.parse(new String[] {"财务|审计", "纪检监察"});

    @Test
    void whatAGroupLacksIsEveryRequirementNoMemberFills() {
        assertThat(SkillMatching.lacking(defaults, List.of(List.of("审计"), List.of("法律")))).extracting(Requirement::text).containsExactly("纪检监察");
        assertThat(SkillMatching.lacking(defaults, List.of())).hasSize(2);
        assertThat(Requirement.parse(new String[] {" 财务 | 审计 ", " "})).extracting(Requirement::text).containsExactly("财务|审计");
    }

    @Test
    void clearCandidatesWhoFillMoreComeFirstThenThoseWhoServedLessAndEachSaysWhy() {
        Finding clash = new Finding("clash.yearly_limit", "抽调次数：每年最多2轮", "At most 2", "2025年已抽调参加2轮巡察", "2 rounds", null, true);
        List<SkillMatching.Candidate> candidates = List.of(
                new SkillMatching.Candidate(1, "甲", List.of(PoolKind.MEMBER), List.of("法律"), 0, List.of()),
                new SkillMatching.Candidate(2, "乙", List.of(PoolKind.MEMBER), List.of("审计", "纪检监察"), 3, List.of()),
                new SkillMatching.Candidate(3, "丙", List.of(PoolKind.MEMBER), List.of("财务"), 1, List.of()),
                new SkillMatching.Candidate(4, "丁", List.of(PoolKind.MEMBER), List.of("财务", "纪检监察"), 0, List.of(clash)),
                new SkillMatching.Candidate(5, "戊", List.of(PoolKind.MEMBER), List.of("审计"), 0, List.of()));
        List<Suggestion> ranked = SkillMatching.rank(candidates, defaults, 10);
        assertThat(ranked).extracting(Suggestion::personId).containsExactly(2L, 5L, 3L, 1L, 4L);
        assertThat(ranked.get(0).covers()).containsExactly("财务|审计", "纪检监察");
        assertThat(ranked.get(0).reasonsZh()).containsExactly("补齐本组缺少的专长：财务|审计；纪检监察", "已参加巡察3轮", "无回避或时间冲突情形");
        assertThat(ranked.get(4).reasonsZh()).contains("抽调次数：每年最多2轮：2025年已抽调参加2轮巡察");
        assertThat(SkillMatching.rank(candidates, defaults, 2)).hasSize(2);
    }
}
