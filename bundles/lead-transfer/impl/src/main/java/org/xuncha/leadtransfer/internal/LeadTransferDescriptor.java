package org.xuncha.leadtransfer.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.stats.StatisticsService;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.Caller;

/** The module as the platform sees it: permissions with default roles, pages, dashboard figures. */
@Component(service = ModuleDescriptor.class)
public class LeadTransferDescriptor implements ModuleDescriptor {

    static final String SCRIPT = "/ui/modules/lead-transfer/index.js";

    private final String version;
    private final StatisticsService statistics;

    @Activate
    public LeadTransferDescriptor(BundleContext context, @Reference StatisticsService statistics) {
        this.version = context.getBundle().getVersion().toString();
        this.statistics = statistics;
    }

    @Override
    public String id() {
        return ModuleStore.MODULE;
    }

    @Override
    public String nameZh() {
        return "问题与线索移交";
    }

    @Override
    public String nameEn() {
        return "Problems and lead transfer";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ModuleLevel level() {
        return ModuleLevel.BOTH;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return Permissions.definitions();
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                new UiEntry("problems", "问题底稿", "Problems found", "/problems", SCRIPT, Permissions.PROBLEM_READ, 300, "Document"),
                new UiEntry("leads", "问题线索", "Leads", "/leads", SCRIPT, Permissions.LEAD_READ, 310, "Promotion"),
                new UiEntry("lead-statistics", "问题线索统计", "Problem and lead statistics", "/leads/statistics", SCRIPT,
                        Permissions.STATISTICS_READ, 320, "DataAnalysis"),
                new UiEntry("joint-operations", "巡纪审联动", "Joint operations", "/joint-operations", SCRIPT, Permissions.JOINT_READ, 330,
                        "Connection"),
                new UiEntry("consultations", "会商研判", "Consultations", "/consultations", SCRIPT, Permissions.CONSULTATION_READ, 340,
                        "ChatDotRound"));
    }

    @Override
    public List<Statistic> statistics(Caller caller) {
        return statistics.dashboard(caller);
    }
}
