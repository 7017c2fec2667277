package org.xuncha.demo.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "demo-generate", description = "生成指定规模的合成数据（仅演示模式）/ Generate synthetic data of a chosen size (demo mode only)")
public class GenerateCommand implements Action {

    @Option(name = "--units", description = "number of units to create")
    int units;

    @Option(name = "--persons-per-unit", description = "persons per unit: the top leader, two of the leading group, then staff (default 3)")
    int personsPerUnit = 3;

    @Option(name = "--division", description = "division code for all units; default: spread over every division")
    String division;

    @Option(name = "--rounds", description = "rounds (round-planning module)")
    int rounds;

    @Option(name = "--problems", description = "problems (lead-transfer module)")
    int problems;

    @Option(name = "--leads", description = "leads (lead-transfer module)")
    int leads;

    @Option(name = "--interviews", description = "interviews (interview-records module)")
    int interviews;

    @Option(name = "--seed", description = "random seed, for repeatable names (default 14)")
    long seed = 14;

    @Option(name = "--batch", description = "rows per import transaction (default 50)")
    int batch = ReferenceImport.DEFAULT_BATCH;

    @Reference
    Generator generator;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        generator.generate(callers.console(),
                new Generator.Request(units, personsPerUnit, division, rounds, problems, leads, interviews, seed, batch), System.out);
        return null;
    }
}
