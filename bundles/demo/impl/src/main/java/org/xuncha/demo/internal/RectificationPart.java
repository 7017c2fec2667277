package org.xuncha.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.HandoverService;

/**
 * What the report counts of rectification, recorded through the module's services as the office
 * records it: the handovers (整改交接, {@link HandoverService}: the outgoing top leader by name, the
 * incoming one by the cadre record, both signatures, on the seed's day), and the city committee's
 * instructions (书记批示), common problems (共性问题交办单) and campaigns (专项整治) through
 * {@link AssignmentService}, left open. Thematic reports and assessments have no service yet.
 */
@Component(service = {}, enabled = false, immediate = true)
public class RectificationPart extends BasePart {

    private final HandoverService handovers;
    private final AssignmentService assignments;

    @Activate
    public RectificationPart(@Reference DemoLoader loader, @Reference HandoverService handovers, @Reference AssignmentService assignments) {
        super(loader, "rectification", "rectification", List.of(RoundPlanningPart.ID));
        this.handovers = handovers;
        this.assignments = assignments;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return handovers.handovers(caller, null, PageRequest.first(1)).total() == 0 && assignments.count(caller, null) == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("rectification/handovers.csv");
        for (Map<String, String> h : rows) {
            handovers.record(caller, new HandoverDraft(ids.id("unit", h.get("unit_code")), ids.id("round", h.get("round_key")),
                    h.get("from_name"), null, ids.id("person", h.get("to_person_key")), LocalDate.parse(h.get("handed_over_on")), true, true));
        }
        // the report is the city committee's: its division is the one above all others in the data set
        String city = seeds.rows("reference/divisions.csv").stream().filter(d -> d.get("parent_code") == null || d.get("parent_code").isBlank())
                .map(d -> d.get("code")).findFirst().orElseThrow();
        int n = rows.size();
        for (Map<String, String> i : seeds.rows("rectification/instructions.csv")) {
            assignments.record(caller, new AssignmentDraft(AssignmentKind.INSTRUCTION, city, i.get("gist"), "市委书记", LocalDate.parse(i.get("given_on"))));
            n++;
        }
        for (Map<String, String> c : seeds.rows("rectification/common-problems.csv")) {
            assignments.record(caller, new AssignmentDraft(AssignmentKind.COMMON_PROBLEM, city, c.get("title"), c.get("assigned_by"),
                    LocalDate.parse(c.get("assigned_on"))));
            n++;
        }
        for (Map<String, String> c : seeds.rows("rectification/campaigns.csv")) {
            assignments.record(caller, new AssignmentDraft(AssignmentKind.CAMPAIGN, city, c.get("name"), null, LocalDate.parse(c.get("started_on"))));
            n++;
        }
        return n;
    }
}
