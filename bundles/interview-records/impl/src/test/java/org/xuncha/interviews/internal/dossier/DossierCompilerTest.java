package org.xuncha.interviews.internal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.LeaderDossier.Entry;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Person.Leadership;

class DossierCompilerTest {

    static final long UNIT = 7;
    static final LocalDateTime T = LocalDateTime.of(2026, 3, 10, 9, 0);

    static final Person TOP = new Person(1L, "张书记", UNIT, "党组书记、局长", null, Leadership.TOP_LEADER, "371500", true, 0L);
    static final Person DEPUTY = new Person(2L, "李副局长", UNIT, "副局长", null, Leadership.LEADING_GROUP, "371500", true, 0L);
    static final Person OTHER_DEPUTY = new Person(3L, "王副局长", UNIT, "副局长", null, Leadership.LEADING_GROUP, "371500", true, 0L);

    static InterviewRecord record(long id, IntervieweeCategory category, Long personId, String name, RecordStatus status,
                                  List<Section> sections, List<LeaderNote> notes) {
        return new InterviewRecord(id, 9, 3, UNIT, null, category, personId, name, "财务科科长", T.plusDays(id), "谈话室", List.of(),
                101, SignatureStatus.SIGNED, null, status, sections, notes, !notes.isEmpty(), false, List.of(), false, List.of(),
                List.of(), null, null, "u", T, T, 1);
    }

    static HandOver raised(long id, long recordId, boolean top, boolean group, String text) {
        return new HandOver(id, SourceType.RECORD, recordId, HandOverKind.LEAD, null, text, top, group, null, "某人", null, null,
                HandOverStatus.PENDING, null, "u", T, null, null, 0, null);
    }

    final List<InterviewRecord> records = List.of(
            record(10, IntervieweeCategory.TOP_LEADER, 1L, "张书记", RecordStatus.SIGNED,
                    List.of(new Section("party-leadership", "贯彻落实情况", "本人介绍落实情况"), new Section(Topic.MANDATORY, Topic.MANDATORY_TITLE, "班子总体团结")),
                    List.of(new LeaderNote(2L, "李副局长分管工作推进有力"))),
            record(11, IntervieweeCategory.LEADING_GROUP, 2L, "李副局长", RecordStatus.SIGNED,
                    List.of(new Section("party-leadership", "贯彻落实情况", "分管领域情况")),
                    List.of(new LeaderNote(1L, "一把手决策较为民主"))),
            record(12, IntervieweeCategory.MIDDLE_MANAGER, 40L, "陈科长", RecordStatus.SIGNED,
                    List.of(new Section(Topic.MANDATORY, Topic.MANDATORY_TITLE, "班子成员八小时以外情况不掌握"), new Section("work-style", "作风", "会议较多")),
                    List.of(new LeaderNote(1L, "一把手插手工程项目"), new LeaderNote(null, "班子议事规则执行不严"), new LeaderNote(88L, "已调走的副局长"))),
            record(13, IntervieweeCategory.STAFF, null, "某干部", RecordStatus.DRAFT,
                    List.of(), List.of(new LeaderNote(1L, "草稿中的反映不应汇编"))));

    LeaderDossier compile() {
        return DossierCompiler.compile(new DossierCompiler.Input(9, "十四届市委第五轮巡察", 3, "第一巡察组", UNIT, "聊城市教育和体育局党组",
                T, List.of(TOP, DEPUTY, OTHER_DEPUTY), records,
                List.of(raised(1, 12, true, false, "涉嫌插手工程"), raised(2, 12, false, false, "食堂管理问题"), raised(3, 13, true, false, "草稿的线索"),
                        raised(4, 11, false, true, "班子成员违规发放补贴")), null));
    }

    @Test
    void theTopLeadersOwnAccountIsEverySectionOfTheirOwnRecords() {
        LeaderDossier d = compile();
        assertThat(d.topLeaders()).extracting(LeaderDossier.PersonLine::name).containsExactly("张书记");
        assertThat(d.members()).extracting(LeaderDossier.PersonLine::name).containsExactly("李副局长", "王副局长");
        assertThat(d.topLeaderOwnAccount()).extracting(Entry::recordId, Entry::source, Entry::text).containsExactly(
                org.assertj.core.api.Assertions.tuple(10L, "本人", "本人介绍落实情况"),
                org.assertj.core.api.Assertions.tuple(10L, "本人", "班子总体团结"));
    }

    @Test
    void whatOthersSaidIsSortedByWhomItConcernsAndNamesNoSource() {
        LeaderDossier d = compile();
        assertThat(d.aboutTopLeader()).extracting(Entry::text).containsExactly("一把手决策较为民主", "一把手插手工程项目");
        assertThat(d.aboutTopLeader()).extracting(Entry::source).containsExactly("领导班子成员", "中层干部");
        assertThat(d.aboutMembers()).hasSize(2);
        assertThat(d.aboutMembers().get(0).entries()).extracting(Entry::text).containsExactly("李副局长分管工作推进有力");
        assertThat(d.aboutMembers().get(1).entries()).isEmpty();
        assertThat(d.aboutLeadingGroup()).extracting(Entry::text)
                .containsExactly("班子成员八小时以外情况不掌握", "班子议事规则执行不严", "已调走的副局长");
        List<Entry> all = new java.util.ArrayList<>(d.aboutTopLeader());
        all.addAll(d.aboutLeadingGroup());
        d.aboutMembers().forEach(m -> all.addAll(m.entries()));
        assertThat(all).extracting(Entry::source).noneMatch(s -> s.contains("陈科长") || s.contains("李副局长") || s.contains("科长（"));
    }

    @Test
    void draftsAndUnrelatedItemsAreLeftOut() {
        LeaderDossier d = compile();
        assertThat(d.aboutTopLeader()).extracting(Entry::text).doesNotContain("草稿中的反映不应汇编");
        assertThat(d.raised()).extracting(LeaderDossier.Raised::description).containsExactly("涉嫌插手工程", "班子成员违规发放补贴");
        assertThat(d.recordsUsed()).isEqualTo(3);
        assertThat(d.aboutLeadingGroup()).extracting(Entry::text).doesNotContain("会议较多", "分管领域情况");
    }
}
