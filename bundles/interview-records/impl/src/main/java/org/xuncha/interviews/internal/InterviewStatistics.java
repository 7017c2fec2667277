package org.xuncha.interviews.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.internal.plan.MandatoryTopicService;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;

/**
 * The dashboard figures, counts only and each in the caller's scope: interviews planned (by
 * category) and held (records by status), the mandatory-topic coverage, leadership records without
 * it, letters by channel, raised problems and leads by hand-over status.
 */
@Component(service = InterviewStatistics.class)
public class InterviewStatistics {

    private static final String PREFIX = InterviewRecordsEvents.MODULE + ".";

    private final ModuleStore db;
    private final MandatoryTopicService mandatory;

    @Activate
    public InterviewStatistics(@Reference Store store, @Reference MandatoryTopicService mandatory) {
        this.db = store.db();
        this.mandatory = mandatory;
    }

    public List<Statistic> of(Caller caller) {
        List<Statistic> result = new ArrayList<>(plans(caller));
        result.addAll(records(caller));
        result.add(letters(caller));
        result.add(raised(caller));
        return result;
    }

    private List<Statistic> plans(Caller caller) {
        Where planned = ScopedEntity.where(caller, "e", null).and("e.status <> :cancelled", "cancelled", PlannedStatus.CANCELLED);
        Where plans = ScopedEntity.where(caller, "p", null);
        Map<IntervieweeCategory, Long> byCategory = db.read(em -> counts(em, "e.category", "PlannedEntity e", planned,
                IntervieweeCategory.class));
        List<Object[]> targets = db.read(em -> plans.bind(em.createQuery("select distinct p.roundId, p.unitId from PlanEntity p" + plans.sql(),
                Object[].class)).getResultList());
        int required = 0;
        int covered = 0;
        for (Object[] t : targets) {
            MandatoryTopicCheck c = mandatory.check(caller, (Long) t[0], (Long) t[1]);
            required += c.leadersRequired();
            covered += c.leadersCovered();
        }
        int percent = required == 0 ? 0 : Math.round(100f * covered / required);
        return List.of(
                new Statistic(PREFIX + "planned", "计划个别谈话人次", "Interviews planned", sum(byCategory), "bar",
                        points(IntervieweeCategory.values(), byCategory, IntervieweeCategory::nameZh, IntervieweeCategory::nameEn)),
                new Statistic(PREFIX + "mandatory-coverage", "必谈内容覆盖率（%）", "Mandatory-topic coverage (%)", percent, "pie",
                        List.of(new Statistic.DataPoint("已覆盖的班子成员", "leaders covered", covered),
                                new Statistic.DataPoint("未覆盖的班子成员", "leaders not covered", required - covered))));
    }

    private List<Statistic> records(Caller caller) {
        Where all = ScopedEntity.where(caller, "r", null);
        Where missing = ScopedEntity.where(caller, "r", null).and("r.missesMandatory = true");
        Map<RecordStatus, Long> byStatus = db.read(em -> counts(em, "r.status", "RecordEntity r", all, RecordStatus.class));
        long withoutTopic = db.read(em -> missing.bind(em.createQuery("select count(r) from RecordEntity r" + missing.sql(), Long.class))
                .getSingleResult());
        return List.of(
                new Statistic(PREFIX + "held", "已谈话人次（谈话记录）", "Interviews held (records)", sum(byStatus), "bar",
                        points(RecordStatus.values(), byStatus, RecordStatus::nameZh, RecordStatus::nameEn)),
                Statistic.of(PREFIX + "records-missing-topic", "缺少必谈内容的班子成员谈话记录", "Leadership records without the mandatory topic",
                        withoutTopic).withLink("/interviews/records"));
    }

    private Statistic letters(Caller caller) {
        Where w = ScopedEntity.where(caller, "l", null);
        Map<LetterChannel, Long> byChannel = db.read(em -> counts(em, "l.channel", "LetterEntity l", w, LetterChannel.class));
        return new Statistic(PREFIX + "letters", "巡察期间受理信访件", "Letters and visits received", sum(byChannel), "pie",
                points(LetterChannel.values(), byChannel, LetterChannel::nameZh, LetterChannel::nameEn));
    }

    private Statistic raised(Caller caller) {
        Where w = ScopedEntity.where(caller, "e", null);
        Map<HandOverStatus, Long> byStatus = db.read(em -> counts(em, "e.status", "HandOverEntity e", w, HandOverStatus.class));
        HandOverStatus[] order = {HandOverStatus.HANDED_OVER, HandOverStatus.PENDING};
        return new Statistic(PREFIX + "raised", "谈话和信访提出的问题线索", "Problems and leads raised", sum(byStatus), "pie",
                points(order, byStatus, HandOverStatus::nameZh, HandOverStatus::nameEn));
    }

    /** {@code select <key>, count(*) from <from> <where> group by <key>}, by enum value. */
    private static <E extends Enum<E>> Map<E, Long> counts(EntityManager em, String key, String from, Where w, Class<E> type) {
        Map<E, Long> result = new EnumMap<>(type);
        w.bind(em.createQuery("select " + key + ", count(" + key + ") from " + from + w.sql() + " group by " + key, Object[].class))
                .getResultList().forEach(row -> result.put(type.cast(row[0]), (Long) row[1]));
        return result;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <E> List<Statistic.DataPoint> points(E[] values, Map<E, Long> counts, Function<E, String> zh, Function<E, String> en) {
        List<Statistic.DataPoint> points = new ArrayList<>();
        for (E v : values) {
            points.add(new Statistic.DataPoint(zh.apply(v), en.apply(v), counts.getOrDefault(v, 0L)));
        }
        return points;
    }
}
