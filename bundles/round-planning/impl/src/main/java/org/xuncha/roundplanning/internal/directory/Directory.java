package org.xuncha.roundplanning.internal.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.GroupMembershipProvider;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.TermRef;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.group.GroupEntity;
import org.xuncha.roundplanning.internal.group.MemberEntity;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.target.TargetEntity;
import org.xuncha.roundplanning.internal.term.TermEntity;

/**
 * What other modules and the security spine read: names, dates, stages and membership, no
 * business content (see {@link RoundDirectory}). As {@link GroupMembershipProvider} it tells the
 * platform the rounds, groups and target units a cadre currently works in, so group roles see only
 * those; a round stops counting once archived.
 */
@Component(service = {RoundDirectory.class, GroupMembershipProvider.class}, immediate = true)
public class Directory implements RoundDirectory, GroupMembershipProvider {

    private final ModuleStore db;

    @Activate
    public Directory(@Reference Store store) {
        this.db = store.db();
    }

    @Override
    public Optional<TermRef> term(long termId) {
        return db.read(em -> Optional.ofNullable(em.find(TermEntity.class, termId)).map(t -> t.toValue().ref()));
    }

    @Override
    public Optional<RoundRef> round(long roundId) {
        return db.read(em -> Optional.ofNullable(em.find(RoundEntity.class, roundId)).map(Directory::ref));
    }

    private static RoundRef ref(RoundEntity r) {
        return r.toValue(false, 0, 0).ref();
    }

    @Override
    public List<RoundRef> roundsOfTerm(long termId) {
        return db.read(em -> em.createQuery("select r from RoundEntity r where r.termId = :t order by r.number", RoundEntity.class)
                .setParameter("t", termId).getResultList().stream().map(Directory::ref).toList());
    }

    @Override
    public List<RoundRef> roundsInStage(Stage stage) {
        return db.read(em -> em.createQuery("select r from RoundEntity r where r.stage = :s order by r.id", RoundEntity.class)
                .setParameter("s", stage).getResultList().stream().map(Directory::ref).toList());
    }

    @Override
    public Optional<GroupRef> group(long groupId) {
        return db.read(em -> Optional.ofNullable(em.find(GroupEntity.class, groupId)).map(g -> refs(em, List.of(g)).get(0)));
    }

    @Override
    public List<GroupRef> groupsOfRound(long roundId) {
        return db.read(em -> refs(em, em.createQuery("select g from GroupEntity g where g.roundId = :r order by g.name, g.id",
                GroupEntity.class).setParameter("r", roundId).getResultList()));
    }

    @Override
    public Optional<GroupRef> groupForTarget(long roundId, long unitId) {
        return db.read(em -> em.createQuery("select g from GroupEntity g, TargetEntity t where t.groupId = g.id "
                + "and t.roundId = :r and t.unitId = :u", GroupEntity.class).setParameter("r", roundId).setParameter("u", unitId)
                .getResultStream().findFirst().map(g -> refs(em, List.of(g)).get(0)));
    }

    private static List<GroupRef> refs(EntityManager em, List<GroupEntity> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Long> ids = groups.stream().map(g -> g.id).toList();
        Map<Long, List<GroupMember>> members = new HashMap<>();
        em.createQuery("select m from MemberEntity m where m.groupId in :g order by m.id", MemberEntity.class).setParameter("g", ids)
                .getResultList().forEach(m -> members.computeIfAbsent(m.groupId, k -> new java.util.ArrayList<>())
                        .add(new GroupMember(m.personId, m.role)));
        Map<Long, Set<Long>> targets = new HashMap<>();
        em.createQuery("select t from TargetEntity t where t.groupId in :g", TargetEntity.class).setParameter("g", ids)
                .getResultList().forEach(t -> targets.computeIfAbsent(t.groupId, k -> new HashSet<>()).add(t.unitId));
        return groups.stream().map(g -> new GroupRef(g.id, g.roundId, g.name, members.get(g.id), targets.get(g.id))).toList();
    }

    @Override
    public GroupScope membershipOf(long personId) {
        return db.read(em -> {
            List<Object[]> rows = em.createQuery("select m.roundId, m.groupId from MemberEntity m, RoundEntity r "
                    + "where m.roundId = r.id and m.personId = :p and r.stage <> :archive", Object[].class)
                    .setParameter("p", personId).setParameter("archive", Stage.ARCHIVE).getResultList();
            if (rows.isEmpty()) {
                return GroupScope.NONE;
            }
            Set<Long> rounds = new HashSet<>();
            Set<Long> groups = new HashSet<>();
            for (Object[] row : rows) {
                rounds.add((Long) row[0]);
                groups.add((Long) row[1]);
            }
            Set<Long> units = new HashSet<>(em.createQuery("select t.unitId from TargetEntity t where t.groupId in :g", Long.class)
                    .setParameter("g", groups).getResultList());
            return new GroupScope(rounds, groups, units);
        });
    }
}
