package org.xuncha.interviews.internal.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.LeaderDossier.Entry;
import org.xuncha.interviews.api.LeaderDossier.MemberPart;
import org.xuncha.interviews.api.LeaderDossier.PersonLine;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.reference.Person;

/**
 * Compiles the top-leader dossier (专门材料) from signed-off records, without any storage:
 * <ul>
 * <li>the top leader's own account: every section of the records of interviews with them;</li>
 * <li>about the top leader: every mandatory-topic note naming them, whoever gave it;</li>
 * <li>about each other leading-group member: the notes naming them;</li>
 * <li>about the leading group as a whole: notes naming nobody, and mandatory-topic sections of
 *     records other than the top leader's own;</li>
 * <li>the problems and leads raised from those records about the top leader or the leading group.</li>
 * </ul>
 * Sources are given by category only (中层干部, 离退休干部...), never by name or post, so the dossier
 * can circulate without exposing who said what; the record id leads a reader with access back to it. Drafts are left out: a dossier is compiled from records the interviewee and the
 * interviewers have signed.
 */
public final class DossierCompiler {

    /** What the compiler is given. */
    public record Input(long roundId, String roundName, long groupId, String groupName, long unitId, String unitName,
                        LocalDateTime compiledAt, List<Person> leaders, List<InterviewRecord> records, List<HandOver> raised,
                        MandatoryTopicCheck check) {
    }

    private DossierCompiler() {
    }

    public static LeaderDossier compile(Input in) {
        List<PersonLine> topLeaders = new ArrayList<>();
        List<PersonLine> members = new ArrayList<>();
        for (Person p : in.leaders()) {
            PersonLine line = new PersonLine(p.id(), p.name(), p.post());
            (p.leadership() == Person.Leadership.TOP_LEADER ? topLeaders : members).add(line);
        }
        Set<Long> topIds = new HashSet<>(topLeaders.stream().map(PersonLine::personId).toList());
        List<Entry> own = new ArrayList<>();
        List<Entry> aboutTop = new ArrayList<>();
        List<Entry> aboutGroup = new ArrayList<>();
        Map<Long, List<Entry>> aboutMember = new LinkedHashMap<>();
        members.forEach(m -> aboutMember.put(m.personId(), new ArrayList<>()));
        Set<Long> used = new HashSet<>();
        for (InterviewRecord r : in.records()) {
            if (r.status() != RecordStatus.SIGNED) {
                continue;
            }
            boolean byTopLeader = r.personId() != null && topIds.contains(r.personId());
            String source = byTopLeader ? "本人" : source(r);
            for (Section s : r.sections()) {
                if (byTopLeader) {
                    own.add(new Entry(r.id(), r.heldAt(), source, s.topicTitle(), s.text()));
                    used.add(r.id());
                } else if (Topic.MANDATORY.equals(s.topicCode())) {
                    aboutGroup.add(new Entry(r.id(), r.heldAt(), source, s.topicTitle(), s.text()));
                    used.add(r.id());
                }
            }
            for (LeaderNote n : r.leaderNotes()) {
                Entry e = new Entry(r.id(), r.heldAt(), source, Topic.MANDATORY_TITLE, n.text());
                if (n.personId() == null) {
                    aboutGroup.add(e);
                } else if (topIds.contains(n.personId())) {
                    aboutTop.add(e);
                } else if (aboutMember.containsKey(n.personId())) {
                    aboutMember.get(n.personId()).add(e);
                } else {
                    // a leader who has left the leadership since: what was said still concerns the leading group
                    aboutGroup.add(e);
                }
                used.add(r.id());
            }
        }
        Set<Long> recordIds = new HashSet<>(in.records().stream().filter(r -> r.status() == RecordStatus.SIGNED).map(InterviewRecord::id).toList());
        List<LeaderDossier.Raised> raised = in.raised().stream()
                .filter(h -> recordIds.contains(h.sourceId()) && (h.concernsTopLeader() || h.concernsLeadingGroup()))
                .map(h -> new LeaderDossier.Raised(h.sourceId(), h.kind(), h.concernsTopLeader(), h.description(), h.status()))
                .toList();
        raised.forEach(h -> used.add(h.recordId()));
        List<MemberPart> memberParts = members.stream().map(m -> new MemberPart(m, aboutMember.get(m.personId()))).toList();
        return new LeaderDossier(in.roundId(), in.roundName(), in.groupId(), in.groupName(), in.unitId(), in.unitName(),
                in.compiledAt(), topLeaders, members, used.size(), own, aboutTop, memberParts, aboutGroup, raised, in.check());
    }

    /** Who said it: the interviewee's category. */
    static String source(InterviewRecord r) {
        return r.category().nameZh();
    }
}
