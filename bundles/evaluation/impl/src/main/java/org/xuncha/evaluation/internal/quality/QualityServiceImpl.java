package org.xuncha.evaluation.internal.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.GroupScore;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.api.IndicatorValue;
import org.xuncha.evaluation.api.QualityService;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.evaluation.api.ScoringSheet;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.evaluation.internal.talk.TalkRules;
import org.xuncha.evaluation.internal.talk.TalkServiceImpl;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Group quality evaluation. The sheet is computed when asked (computed indicators read the other
 * modules now, office scores are stored); publishing freezes it into ranking rows, which the 约谈
 * rule and the ranking notice read, so a later change in another module does not move a published
 * ranking.
 */
@Component(service = {QualityService.class, QualityServiceImpl.class})
public class QualityServiceImpl implements QualityService {

    private final ModuleStore store;
    private final Sources sources;
    private final Indicators indicators;
    private final ComputedValues computed;
    private final TalkServiceImpl talks;

    @Activate
    public QualityServiceImpl(@Reference Store store, @Reference Sources sources, @Reference Indicators indicators,
                              @Reference ComputedValues computed, @Reference TalkServiceImpl talks) {
        this.store = store.db();
        this.sources = sources;
        this.indicators = indicators;
        this.computed = computed;
        this.talks = talks;
    }

    @Override
    public List<Indicator> indicators(Caller caller, String divisionCode) {
        caller.require(EvaluationPermissions.READ);
        String division = divisionCode == null || divisionCode.isBlank() ? caller.divisionCode() : divisionCode;
        caller.requireDivision(division);
        return indicators.of(division);
    }

    @Override
    public List<Indicator> configure(Caller caller, List<Indicator> list) {
        caller.require(EvaluationPermissions.CONFIGURE);
        if (caller.divisionCode() == null) {
            throw ApiException.badRequest("no_division", "您的账号未归属任何巡察办，不能配置评估指标", "Your account belongs to no office");
        }
        return indicators.replace(caller, caller.divisionCode(), list);
    }

    @Override
    public ScoringSheet sheet(Caller caller, long roundId) {
        caller.require(EvaluationPermissions.READ);
        RoundRef round = sources.round(caller, roundId);
        return sheet(caller, round);
    }

    private ScoringSheet sheet(Caller caller, RoundRef round) {
        List<GroupRef> groups = sources.rounds().ask(d -> d.groupsOfRound(round.id()));
        List<Indicator> list = indicators.of(round.divisionCode());
        Map<String, ScoreEntity> scores = new HashMap<>();
        store.read(em -> em.createQuery("select s from ScoreEntity s where s.roundId = :r", ScoreEntity.class)
                .setParameter("r", round.id()).getResultList()).forEach(s -> scores.put(s.groupId + "/" + s.indicator, s));
        Map<IndicatorSource, ComputedValues.Outcome> outcomes = new HashMap<>();
        for (Indicator i : list) {
            if (i.source().computed()) {
                outcomes.computeIfAbsent(i.source(), s -> computed.counts(caller, s, round.id(), groups));
            }
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        list.forEach(i -> weights.put(i.code(), i.weight()));
        List<GroupScore> lines = new ArrayList<>();
        for (GroupRef g : groups) {
            List<IndicatorValue> values = new ArrayList<>();
            Map<String, Double> byCode = new HashMap<>();
            boolean complete = true;
            for (Indicator i : list) {
                IndicatorValue v = i.source().computed() ? computedValue(i, outcomes.get(i.source()), g.id())
                        : officeValue(i, scores.get(g.id() + "/" + i.code()));
                values.add(v);
                byCode.put(i.code(), v.value());
                complete &= v.value() != null;
            }
            lines.add(new GroupScore(g.id(), g.name(), leader(g), values, ScoringRules.total(weights, byCode), complete, 0));
        }
        int[] ranks = ScoringRules.ranks(lines.stream().map(GroupScore::total).toList());
        List<GroupScore> ranked = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            GroupScore l = lines.get(n);
            ranked.add(new GroupScore(l.groupId(), l.groupName(), l.leaderPersonId(), l.values(), l.total(), l.complete(), ranks[n]));
        }
        ranked.sort(Comparator.comparingInt(GroupScore::rank).thenComparing(GroupScore::groupName));
        return new ScoringSheet(round.id(), round.name(), list, ranked);
    }

    private static IndicatorValue computedValue(Indicator i, ComputedValues.Outcome o, long groupId) {
        if (o.counts() == null) {
            return new IndicatorValue(i.code(), null, null, i.source(), o.whyZh(), o.whyEn(), null);
        }
        long best = o.counts().values().stream().mapToLong(Long::longValue).max().orElse(0);
        long count = o.counts().getOrDefault(groupId, 0L);
        return new IndicatorValue(i.code(), ScoringRules.normalise(count, best), count, i.source(),
                i.source().nameZh() + " " + count + "（本轮最多 " + best + "）", i.source().nameEn() + " " + count + " (round's best " + best + ")", null);
    }

    private static IndicatorValue officeValue(Indicator i, ScoreEntity s) {
        if (s == null) {
            return new IndicatorValue(i.code(), null, null, i.source(), "巡察办尚未评分", "not scored by the office yet", null);
        }
        return new IndicatorValue(i.code(), s.value, null, i.source(), "巡察办评分（" + s.scoredBy + "）", "scored by the office (" + s.scoredBy + ")",
                s.note);
    }

    private static Long leader(GroupRef g) {
        return g.members().stream().filter(m -> m.role() == GroupRole.LEADER).map(GroupMember::personId).findFirst().orElse(null);
    }

    @Override
    public ScoringSheet score(Caller caller, long roundId, ScoreDraft d) {
        caller.require(EvaluationPermissions.SCORE);
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("groupId", d.groupId(), "巡察组", "group").required("indicator", d.indicator(), "评估指标", "indicator")
                .required("value", d.value(), "得分", "value")
                .check(d.value() != null && (d.value().isNaN() || d.value() < 0 || d.value() > 100), "value", "out_of_range",
                        "得分应在0到100之间", "value must be between 0 and 100")
                .maxLength("note", d.note() == null ? null : d.note().trim(), ScoreDraft.NOTE_MAX, "评分说明", "note")
                .throwIfInvalid();
        RoundRef round = sources.round(caller, roundId);
        GroupRef group = sources.rounds().ask(dir -> dir.group(d.groupId())).orElse(null);
        Indicator indicator = indicators.of(round.divisionCode()).stream().filter(i -> i.code().equals(d.indicator())).findFirst().orElse(null);
        new Checks().check(group == null || group.roundId() != roundId, "groupId", "not_found", "该巡察组不属于此轮巡察：" + d.groupId(),
                        "No such group in this round: " + d.groupId())
                .check(indicator == null, "indicator", "not_found", "评估指标不存在：" + d.indicator(), "No such indicator: " + d.indicator())
                .check(indicator != null && indicator.source().computed(), "indicator", "computed", "该指标由系统根据" + (indicator == null ? "" : indicator.source().nameZh()) + "计算，不能人工评分",
                        "This indicator is computed from the records and cannot be scored")
                .throwIfInvalid();
        double value = Math.round(d.value() * 10) / 10.0;
        store.write(em -> {
            ScoreEntity s = em.createQuery("select s from ScoreEntity s where s.groupId = :g and s.indicator = :i", ScoreEntity.class)
                    .setParameter("g", group.id()).setParameter("i", indicator.code()).getResultStream().findFirst().orElse(null);
            boolean created = s == null;
            if (created) {
                s = new ScoreEntity();
                s.divisionCode = round.divisionCode();
                s.roundId = roundId;
                s.groupId = group.id();
                s.indicator = indicator.code();
            }
            s.value = value;
            s.note = d.note() == null || d.note().isBlank() ? null : d.note().trim();
            s.scoredBy = caller.username();
            s.scoredAt = store.now();
            if (created) {
                em.persist(s);
            }
            em.flush();
            store.audit(em, caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "quality-score", s.id,
                    "评分：" + group.name() + " / " + indicator.nameZh() + " = " + value);
            return s.id;
        });
        return sheet(caller, round);
    }

    @Override
    public RoundRanking publish(Caller caller, long roundId) {
        caller.require(EvaluationPermissions.SCORE);
        RoundRef round = sources.round(caller, roundId);
        ScoringSheet sheet = sheet(caller, round);
        if (sheet.groups().isEmpty()) {
            throw ApiException.conflict("no_groups", "本轮巡察尚无巡察组，不能发布排名", "The round has no groups to rank");
        }
        List<String> missing = new ArrayList<>();
        for (GroupScore g : sheet.groups()) {
            for (IndicatorValue v : g.values()) {
                if (v.source() == IndicatorSource.OFFICE && v.value() == null) {
                    missing.add(g.groupName() + "/" + v.code());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.conflict("sheet_incomplete", "尚有巡察办评分未完成，不能发布排名：" + String.join("、", missing),
                    "Office scores are missing: " + String.join(", ", missing));
        }
        List<Long> opened = store.write(em -> {
            em.createQuery("delete from RankEntity r where r.roundId = :r").setParameter("r", roundId).executeUpdate();
            LocalDateTime now = store.now();
            for (GroupScore g : sheet.groups()) {
                RankEntity r = new RankEntity();
                r.divisionCode = round.divisionCode();
                r.termId = round.termId();
                r.roundId = roundId;
                r.roundNumber = round.number();
                r.roundName = round.name();
                r.groupId = g.groupId();
                r.groupName = g.groupName();
                r.leaderPersonId = g.leaderPersonId();
                r.total = g.total();
                r.rank = g.rank();
                r.publishedBy = caller.username();
                r.publishedAt = now;
                em.persist(r);
            }
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "ranking", roundId, "发布巡察组排名：" + round.name());
            return talks.applyRule(em, caller, round, termRankings(em, round));
        });
        store.post(EvaluationEvents.RANKING_PUBLISHED, caller, roundId, EvaluationEvents.ROUND_ID, roundId);
        opened.forEach(id -> store.post(EvaluationEvents.TALK_OPENED, caller, id, EvaluationEvents.ROUND_ID, roundId));
        return ranking(caller, roundId).orElseThrow();
    }

    /** The published rankings of the round's term up to this round, oldest first; a round not published is an empty list. */
    private List<List<TalkRules.Place>> termRankings(EntityManager em, RoundRef round) {
        List<RoundRef> rounds = sources.rounds().ask(d -> d.roundsOfTerm(round.termId()));
        List<RankEntity> rows = em.createQuery("select r from RankEntity r where r.termId = :t", RankEntity.class)
                .setParameter("t", round.termId()).getResultList();
        List<List<TalkRules.Place>> out = new ArrayList<>();
        rounds.stream().filter(r -> r.number() <= round.number()).sorted(Comparator.comparingInt(RoundRef::number))
                .forEach(r -> out.add(rows.stream().filter(x -> x.roundId == r.id()).map(x -> new TalkRules.Place(x.leaderPersonId, x.total)).toList()));
        return out;
    }

    /** The published ranking, read from what was stored (round planning need not be there). */
    public Optional<RoundRanking> ranking(Caller caller, long roundId) {
        caller.require(EvaluationPermissions.READ);
        List<RankEntity> rows = store.read(em -> em.createQuery("select r from RankEntity r where r.roundId = :r order by r.rank, r.groupName",
                RankEntity.class).setParameter("r", roundId).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        RankEntity first = rows.get(0);
        caller.requireDivision(first.divisionCode);
        if (!caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        List<RankedGroup> groups = rows.stream().map(RankEntity::toValue).toList();
        return Optional.of(new RoundRanking(roundId, first.roundName, first.roundNumber, first.publishedAt, first.publishedBy, groups));
    }
}
