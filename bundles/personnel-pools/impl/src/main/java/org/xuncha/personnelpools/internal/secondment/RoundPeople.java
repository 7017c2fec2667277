package org.xuncha.personnelpools.internal.secondment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Who served in a round: the members of its groups in round planning, and whoever was seconded to it
 * here. Training's attendance check and the incentives (双历认定, 单独评优) read the same list.
 */
@Component(service = RoundPeople.class)
public class RoundPeople {

    /** Someone who served in the round; {@code groupId}/{@code groupName} null when seconded without a group. */
    public record Served(long personId, String name, Long groupId, String groupName) {
    }

    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final SecondmentRecords secondments;

    @Activate
    public RoundPeople(@Reference Rounds rounds, @Reference ReferenceDataService reference, @Reference SecondmentRecords secondments) {
        this.rounds = rounds;
        this.reference = reference;
        this.secondments = secondments;
    }

    /** The round, in the caller's divisions: 400 naming {@code roundId} if unknown, 403 outside. */
    public RoundRef round(Caller caller, long roundId) {
        RoundRef r = rounds.directory(d -> d.round(roundId)).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("roundId", "not_found", "巡察轮次不存在：" + roundId, "No such round: " + roundId))));
        if (!caller.scope().coversDivision(r.divisionCode()) || !caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        return r;
    }

    /** Group members first (by group, as round planning lists them), then those seconded without a seat; each person once. */
    public Map<Long, Served> of(long roundId) {
        Map<Long, Served> out = new LinkedHashMap<>();
        List<GroupRef> groups = rounds.directory(d -> d.groupsOfRound(roundId));
        Set<Long> memberIds = new HashSet<>();
        groups.forEach(g -> g.members().stream().map(GroupMember::personId).forEach(memberIds::add));
        Map<Long, Person> names = reference.persons(Caller.system("personnel-pools"), memberIds);
        for (GroupRef g : groups) {
            for (GroupMember m : g.members()) {
                Person p = names.get(m.personId());
                out.putIfAbsent(m.personId(), new Served(m.personId(), p == null ? "#" + m.personId() : p.name(), g.id(), g.name()));
            }
        }
        for (SecondmentEntity s : secondments.ofRound(roundId)) {
            String group = s.groupId == null ? null : groups.stream().filter(g -> g.id() == s.groupId).map(GroupRef::name).findFirst().orElse(null);
            out.putIfAbsent(s.personId, new Served(s.personId, s.personName, s.groupId, group));
        }
        return out;
    }
}
