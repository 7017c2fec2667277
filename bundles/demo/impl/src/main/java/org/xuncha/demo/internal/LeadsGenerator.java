package org.xuncha.demo.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.LeadRecords;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.security.Caller;

/**
 * Problems and leads in the run's groups, spread evenly over every group and target: problems
 * approved (so the statistics count them), a batch ({@code --batch}) per transaction; leads transferred to the discipline commission; one in
 * twenty problems and one in five leads about the unit's top leader.
 */
@Component(service = {}, enabled = false, immediate = true)
public class LeadsGenerator implements ModuleGenerator {

    private static final List<String> PROBLEM_CATEGORIES = List.of("POLITICAL", "RESPONSIBILITY", "ORGANISATIONAL", "CADRES",
            "CONDUCT_FORMALISM", "FINANCE", "RECTIFICATION");
    private static final List<String> LEAD_CATEGORIES = List.of("DISC_INTEGRITY", "DISC_WORK", "DISC_ORGANISATIONAL", "DISC_MASSES",
            "CORRUPTION");

    private final Generator generator;
    private final LeadIntake intake;
    private final LeadRecords records;

    @Activate
    public LeadsGenerator(@Reference Generator generator, @Reference LeadIntake intake, @Reference LeadRecords records) {
        this.generator = generator;
        this.intake = intake;
        this.records = records;
        generator.register(this);
    }

    @Deactivate
    void deactivate() {
        generator.unregister(this);
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String module() {
        return "lead-transfer";
    }

    @Override
    public void generate(Caller system, Generator.Request r, Synthetic data, Random random, PrintStream out) {
        long start = System.nanoTime();
        for (int done = 0; done < r.problems(); ) {
            int n = Math.min(r.batch(), r.problems() - done);
            List<ProblemDraft> batch = new ArrayList<>(n);
            for (int i = done; i < done + n; i++) {
                Slot s = data.slot(i);
                batch.add(new ProblemDraft(s.roundId(), s.groupId(), data.unit(i), PROBLEM_CATEGORIES.get(i % PROBLEM_CATEGORIES.size()),
                        "合成问题 " + (i + 1) + "：落实上级决策部署不到位", i % 20 == 0, i % 7 == 0, Source.GROUP_WORK, null));
            }
            records.recordApprovedProblems(system, batch, data.slot(done).day());
            done += n;
            ModuleGenerator.progress(out, "问题 problems", done, n, r.problems(), start);
        }
        start = System.nanoTime();
        for (int i = 0; i < r.leads(); i++) {
            Slot s = data.slot(i);
            long lead = intake.raiseLead(system, new LeadDraft(s.roundId(), s.groupId(), data.unit(i), Generator.name(random), "干部", null,
                    null, LEAD_CATEGORIES.get(i % LEAD_CATEGORIES.size()), "合成线索 " + (i + 1), i % 5 == 0, Source.GROUP_WORK, null));
            records.transfer(system, lead, "DISCIPLINE_COMMISSION", null, "合成移〔" + s.day().getYear() + "〕" + (i + 1) + "号", s.day());
            ModuleGenerator.progress(out, "线索 leads", i + 1, 1, r.leads(), start);
        }
    }
}
