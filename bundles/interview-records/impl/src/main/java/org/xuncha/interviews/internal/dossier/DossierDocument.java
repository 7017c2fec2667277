package org.xuncha.interviews.internal.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.LeaderDossier.Entry;
import org.xuncha.interviews.api.LeaderDossier.MemberPart;
import org.xuncha.interviews.api.LeaderDossier.PersonLine;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;

/**
 * The dossier as the content of a document: title, basic facts, then what was said, part by part. The
 * platform's document service lays it out (GB/T 9704-2012) as DOCX.
 */
public final class DossierDocument {

    private static final String NONE = "（无）";

    private DossierDocument() {
    }

    public static DocumentContent content(LeaderDossier d) {
        return new DocumentContent("关于" + d.unitName() + "主要负责人和领导班子成员情况的专门材料", blocks(d));
    }

    public static String filename(LeaderDossier d) {
        return "专门材料-" + d.unitName() + "-" + d.roundName() + ".docx";
    }

    static List<Block> blocks(LeaderDossier d) {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(null, "根据" + d.roundName() + "工作安排，" + d.groupName() + "在对" + d.unitName()
                + "开展巡察期间进行了个别谈话。现将已签字确认的" + d.recordsUsed() + "份谈话记录中反映的该单位主要负责人（一把手）"
                + "和领导班子成员有关情况汇编如下。"));

        int part = 1;
        b.add(new Heading(1, number(part++) + "、基本情况"));
        b.add(new Paragraph("主要负责人：", persons(d.topLeaders())));
        b.add(new Paragraph("领导班子其他成员：", persons(d.members())));
        MandatoryTopicCheck c = d.check();
        if (c != null) {
            String missing = c.missing().isEmpty() ? "已全部安排" : "尚未覆盖："
                    + c.missing().stream().map(m -> m.name() + "（" + m.reason().nameZh() + "）").collect(Collectors.joining("、"));
            b.add(new Paragraph("必谈内容落实情况：", "应谈领导班子成员" + c.leadersRequired() + "人，谈话计划已覆盖"
                    + c.leadersCovered() + "人，" + missing + "。"));
        }

        b.add(new Heading(1, number(part++) + "、主要负责人本人谈话情况"));
        entries(b, d.topLeaderOwnAccount(), true);
        b.add(new Heading(1, number(part++) + "、谈话中反映的主要负责人情况"));
        entries(b, d.aboutTopLeader(), false);
        b.add(new Heading(1, number(part++) + "、谈话中反映的领导班子成员情况"));
        int sub = 1;
        for (MemberPart m : d.aboutMembers()) {
            b.add(new Heading(2, "（" + number(sub++) + "）" + person(m.person())));
            entries(b, m.entries(), false);
        }
        b.add(new Heading(2, "（" + number(sub) + "）领导班子整体"));
        entries(b, d.aboutLeadingGroup(), false);

        b.add(new Heading(1, number(part) + "、谈话中发现的涉及主要负责人和领导班子成员的问题线索"));
        if (d.raised().isEmpty()) {
            b.add(new Paragraph(null, NONE));
        }
        int n = 1;
        for (LeaderDossier.Raised r : d.raised()) {
            b.add(new Paragraph(n++ + ". " + r.kind().nameZh() + (r.topLeader() ? "（涉及一把手）" : "") + "（" + r.status().nameZh()
                    + "，谈话记录第" + r.recordId() + "号）：", r.description()));
        }
        b.add(new Paragraph(null, ""));
        b.add(new Closing(d.groupName()));
        b.add(new Closing(date(d.compiledAt().toLocalDate())));
        return b;
    }

    private static void entries(List<Block> b, List<Entry> entries, boolean byTopic) {
        if (entries.isEmpty()) {
            b.add(new Paragraph(null, NONE));
        }
        for (Entry e : entries) {
            String lead = byTopic ? (e.topic() == null ? "其他" : e.topic()) + "（" + date(e.heldAt()) + "）："
                    : e.source() + "（" + date(e.heldAt()) + "，谈话记录第" + e.recordId() + "号）反映：";
            b.add(new Paragraph(lead, e.text()));
        }
    }

    private static String persons(List<PersonLine> persons) {
        return persons.isEmpty() ? NONE : persons.stream().map(DossierDocument::person).collect(Collectors.joining("、"));
    }

    private static String person(PersonLine p) {
        return p.name() + (p.post() == null || p.post().isBlank() ? "" : "（" + p.post() + "）");
    }

    static String date(LocalDateTime t) {
        return t == null ? "" : date(t.toLocalDate());
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
    static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
