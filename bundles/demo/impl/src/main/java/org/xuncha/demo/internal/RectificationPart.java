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
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.HandoverService;

/**
 * The handovers of rectification (整改交接) the report counts, recorded through the module's
 * {@link HandoverService} as the office records them: the outgoing top leader by name, the incoming
 * one by the cadre record, both signatures, on the seed's day. The rest of {@code rectification/}
 * (instructions, common problems, campaigns, thematic reports, assessments) has no service yet.
 */
@Component(service = {}, enabled = false, immediate = true)
public class RectificationPart extends BasePart {

    private final HandoverService handovers;

    @Activate
    public RectificationPart(@Reference DemoLoader loader, @Reference HandoverService handovers) {
        super(loader, "rectification", "rectification", List.of(RoundPlanningPart.ID));
        this.handovers = handovers;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return handovers.handovers(caller, null, PageRequest.first(1)).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("rectification/handovers.csv");
        for (Map<String, String> h : rows) {
            handovers.record(caller, new HandoverDraft(ids.id("unit", h.get("unit_code")), ids.id("round", h.get("round_key")),
                    h.get("from_name"), null, ids.id("person", h.get("to_person_key")), LocalDate.parse(h.get("handed_over_on")), true, true));
        }
        return rows.size();
    }
}
