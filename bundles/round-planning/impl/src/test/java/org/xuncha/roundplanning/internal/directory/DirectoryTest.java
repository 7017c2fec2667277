package org.xuncha.roundplanning.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

class DirectoryTest {

    private final Testbed t = new Testbed();
    private final Directory directory = t.directory;

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void otherModulesReadTermsRoundsAndGroupsByIdWithoutBusinessContent() {
        Term term = t.cityTerm();
        Round r = t.enteredRound(term.id(), t.today().minusDays(3));
        Group g = t.rounds.round(t.office, r.id()).groups().get(0);

        assertThat(directory.term(term.id())).contains(term.ref());
        RoundRef ref = directory.round(r.id()).orElseThrow();
        assertThat(ref).isEqualTo(new RoundRef(r.id(), term.id(), 1, r.name(), r.type(), Stage.ENTRY, Testbed.CITY,
                t.today().minusDays(3), r.plannedEnd(), null));
        assertThat(directory.roundsOfTerm(term.id())).containsExactly(ref);
        GroupRef group = directory.group(g.id()).orElseThrow();
        assertThat(group.members()).containsExactlyInAnyOrder(new GroupMember(t.leader.id(), GroupRole.LEADER),
                new GroupMember(t.member.id(), GroupRole.MEMBER));
        assertThat(group.targetUnitIds()).containsExactlyInAnyOrder(t.edu.id(), t.school.id());
        assertThat(directory.groupsOfRound(r.id())).containsExactly(group);
        assertThat(directory.groupForTarget(r.id(), t.school.id())).contains(group);
        assertThat(directory.groupForTarget(r.id(), t.firm.id())).isEmpty();
        assertThat(directory.round(-1)).isEmpty();
        assertThat(directory.group(-1)).isEmpty();
    }

    @Test
    void aCadresGroupScopeEndsWhenTheRoundIsArchived() {
        Term term = t.cityTerm();
        Round r = t.enteredRound(term.id(), t.today().minusDays(200));
        Group g = t.rounds.round(t.office, r.id()).groups().get(0);
        assertThat(directory.membershipOf(t.leader.id())).isEqualTo(new GroupScope(Set.of(r.id()), Set.of(g.id()),
                Set.of(t.edu.id(), t.school.id())));
        assertThat(directory.membershipOf(t.member2.id())).isEqualTo(GroupScope.NONE);
        t.advanceTo(r.id(), Stage.ARCHIVE, t.today());
        assertThat(directory.membershipOf(t.leader.id())).isEqualTo(GroupScope.NONE);
    }
}
