package org.xuncha.platform.internal.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;

/** The platform describes itself like any module: its permissions, its reference-data pages and figures. */
@Component(service = ModuleDescriptor.class)
public class PlatformDescriptor extends AbstractModuleDescriptor {

    public static final String ID = "platform";
    public static final String REFERENCE_READ = "platform.reference.read";
    public static final String REFERENCE_WRITE = "platform.reference.write";
    public static final String MODULES_READ = "platform.modules.read";
    public static final String MODULES_MANAGE = "platform.modules.manage";
    public static final String STATISTICS_READ = "platform.statistics.read";
    public static final String ENDPOINTS_READ = "platform.endpoints.read";

    private static final Set<String> BUSINESS = Set.of(Roles.OFFICE_LEADER, Roles.OFFICE_STAFF, Roles.GROUP_LEADER,
            Roles.GROUP_DEPUTY, Roles.GROUP_LIAISON, Roles.GROUP_MEMBER, Roles.NONRESIDENT_DEPUTY,
            Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT, Roles.AUDIT_BUREAU, Roles.INSPECTED_UNIT,
            Roles.COMMITTEE_LEADER);

    private final BundleContext context;

    @Activate
    public PlatformDescriptor(BundleContext context) {
        super(context, ID, "平台基础", "Platform", ModuleLevel.BOTH);
        this.context = context;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        Set<String> referenceReaders = Roles.with(BUSINESS, Roles.SYS_ADMIN);
        Set<String> everyone = Roles.with(referenceReaders, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR);
        return List.of(
                new PermissionDefinition(REFERENCE_READ, "查看基础数据（单位、干部）", "Read reference data (units, persons)", referenceReaders),
                new PermissionDefinition(REFERENCE_WRITE, "维护基础数据", "Maintain reference data", Set.of(Roles.OFFICE_LEADER, Roles.OFFICE_STAFF)),
                // no role by default: the security administrator grants it explicitly
                new PermissionDefinition(DataScope.ALL_DIVISIONS, "无所属区划的账号可见全部区划", "All divisions for an account of no division", Set.of()),
                new PermissionDefinition(MODULES_READ, "查看已安装模块", "See installed modules", everyone),
                new PermissionDefinition(MODULES_MANAGE, "安装、更新、卸载模块", "Install, update, remove modules", Set.of(Roles.SYS_ADMIN)),
                new PermissionDefinition(STATISTICS_READ, "查看统计看板", "Read the dashboard statistics", BUSINESS),
                new PermissionDefinition(ENDPOINTS_READ, "查看接口权限清单", "Read the endpoint permission list",
                        Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                page("units", "被巡察单位", "Units", "/reference/units", REFERENCE_READ, 900, "OfficeBuilding"),
                page("persons", "干部信息", "Persons", "/reference/persons", REFERENCE_READ, 910, "User"),
                page("divisions", "行政区划", "Divisions", "/reference/divisions", REFERENCE_READ, 920, "MapLocation"),
                // the document centre's page is built with the platform's pages; its permission is the documents bundle's
                page("documents", "公文中心", "Document centre", "/documents", "documents.issue", 930, "Stamp"));
    }

    /** The active units the caller can see, by field (领域): what the term's coverage is planned over. */
    @Override
    public List<Statistic> statistics(Caller caller) {
        // Looked up when asked, not injected: the reference-data service depends on the audit trail,
        // whose security bundle collects the module descriptors, so a reference from here would close a
        // cycle at start-up.
        if (!caller.has(REFERENCE_READ)) {
            return List.of();
        }
        ServiceReference<ReferenceDataService> ref = context.getServiceReference(ReferenceDataService.class);
        ReferenceDataService service = ref == null ? null : context.getService(ref);
        if (service == null) {
            return List.of();
        }
        try {
            return List.of(unitsByField(service.allUnits(caller, new UnitQuery(null, null, null, null, null, null, true))));
        } finally {
            context.ungetService(ref);
        }
    }

    static Statistic unitsByField(List<Unit> units) {
        Map<String, Integer> byField = new TreeMap<>();
        for (Unit u : units) {
            byField.merge(u.field() == null || u.field().isBlank() ? "" : u.field(), 1, Integer::sum);
        }
        List<Statistic.DataPoint> points = byField.entrySet().stream()
                .map(e -> e.getKey().isEmpty() ? new Statistic.DataPoint("未分类", "Unclassified", e.getValue())
                        : new Statistic.DataPoint(e.getKey(), e.getKey(), e.getValue()))
                .toList();
        return new Statistic("platform.units.byField", "在用被巡察单位（按领域）", "Active units by field", units.size(), "bar", points);
    }
}
