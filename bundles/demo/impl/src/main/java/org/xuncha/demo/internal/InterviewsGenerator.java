package org.xuncha.demo.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.security.Caller;

/**
 * Interview records in the run's groups: the target units' own persons in turn (their leadership with
 * the mandatory topic), then, once a unit's persons are all interviewed, its staff by name; the
 * group's leader and deputy interview, the third member records.
 */
@Component(service = {}, enabled = false, immediate = true)
public class InterviewsGenerator implements ModuleGenerator {

    private final Generator generator;
    private final InterviewRecordService interviews;

    @Activate
    public InterviewsGenerator(@Reference Generator generator, @Reference InterviewRecordService interviews) {
        this.generator = generator;
        this.interviews = interviews;
        generator.register(this);
    }

    @Deactivate
    void deactivate() {
        generator.unregister(this);
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public String module() {
        return "interview-records";
    }

    @Override
    public void generate(Caller system, Generator.Request r, Synthetic data, Random random, PrintStream out) {
        long start = System.nanoTime();
        for (int i = 0; i < r.interviews(); i++) {
            Slot s = data.slot(i);
            long unit = data.unit(i);
            List<Long> persons = data.personsByUnit.getOrDefault(unit, List.of());
            int turn = i / (data.slots.size() * s.unitIds().size());
            Long person = turn < persons.size() ? persons.get(turn) : null;
            interviews.create(system, new RecordDraft(null, s.roundId(), s.groupId(), unit, person == null ? IntervieweeCategory.STAFF : null,
                    person, person == null ? Generator.name(random) : null, null, s.day().atTime(9, 0), InterviewRecordsPart.PLACE,
                    s.memberIds().subList(0, 2), s.memberIds().get(2),
                    List.of(new Section(Topic.MANDATORY, Topic.MANDATORY_TITLE, InterviewRecordsPart.TEXT)),
                    List.of(new LeaderNote(null, InterviewRecordsPart.TEXT)), null));
            ModuleGenerator.progress(out, "谈话 interviews", i + 1, 1, r.interviews(), start);
        }
    }
}
