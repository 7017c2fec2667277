package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.bool;
import static org.xuncha.demo.internal.seed.Table.date;
import static org.xuncha.demo.internal.seed.Table.opt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Interview records, unplanned (the plans of past rounds are not in the seed), held on their past days
 * by the group's leader and first deputy with the liaison recording; a topic per section, and for the
 * leadership interviews the mandatory topic about the leading group. They stay drafts: only the
 * recorder or the group leader may sign a record off, never the system.
 */
@Component(service = {}, enabled = false, immediate = true)
public class InterviewRecordsPart extends BasePart {

    static final String PLACE = "巡察组谈话室";
    static final String TEXT = "（演示数据）谈话要点从略。";

    private final InterviewRecordService interviews;

    @Activate
    public InterviewRecordsPart(@Reference DemoLoader loader, @Reference InterviewRecordService interviews) {
        super(loader, "interview-records", "interview-records", List.of(RoundPlanningPart.ID));
        this.interviews = interviews;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return interviews.records(caller, PlanQuery.all(), PageRequest.first(1)).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        Map<String, List<Long>> interviewers = interviewers(seeds, ids);
        List<Map<String, String>> rows = seeds.rows("interview-records/interviews.csv");
        for (Map<String, String> i : rows) {
            String person = opt(i, "interviewee_key");
            List<Long> people = interviewers.get(i.get("group_key"));
            List<Section> sections = new ArrayList<>();
            for (String topic : i.get("topics").split("；")) {
                boolean mandatory = topic.contains("必谈");
                sections.add(new Section(mandatory ? Topic.MANDATORY : null, mandatory ? Topic.MANDATORY_TITLE : topic, TEXT));
            }
            List<LeaderNote> notes = bool(i, "leading_group_topic") ? List.of(new LeaderNote(null, TEXT)) : List.of();
            interviews.create(caller, new RecordDraft(null, ids.id("round", i.get("round_key")), ids.id("group", i.get("group_key")),
                    ids.id("unit", i.get("unit_code")), person == null ? category(i.get("interviewee_post")) : null,
                    person == null ? null : ids.id("person", person), person == null ? i.get("interviewee_name") : null,
                    opt(i, "interviewee_post"), date(i, "held_on").atTime(9, 0), PLACE, people.subList(0, 2), people.get(2),
                    sections, notes, null));
        }
        return rows.size();
    }

    /** Staff not in reference data: middle managers by their post, the others ordinary staff (a person in reference data has their own). */
    static IntervieweeCategory category(String post) {
        return post != null && post.contains("中层") ? IntervieweeCategory.MIDDLE_MANAGER : IntervieweeCategory.STAFF;
    }

    /** Per group: leader, first deputy, then the liaison (the recorder), then the members, non-resident deputies left out. */
    private static Map<String, List<Long>> interviewers(Seeds seeds, DemoIds ids) {
        List<String> order = List.of("LEADER", "DEPUTY", "LIAISON", "MEMBER");
        Map<String, List<Map<String, String>>> members = new HashMap<>();
        seeds.rows("round-planning/group-members.csv").stream().filter(m -> order.contains(m.get("role")))
                .forEach(m -> members.computeIfAbsent(m.get("group_key"), k -> new ArrayList<>()).add(m));
        Map<String, List<Long>> result = new HashMap<>();
        members.forEach((group, list) -> result.put(group, list.stream()
                .sorted(Comparator.comparingInt(m -> order.indexOf(m.get("role")))).limit(3)
                .map(m -> ids.id("person", m.get("person_key"))).toList()));
        return result;
    }
}
