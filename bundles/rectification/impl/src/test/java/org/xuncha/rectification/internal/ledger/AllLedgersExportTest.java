package org.xuncha.rectification.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.testkit.TestCallers;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;

class AllLedgersExportTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void everyLedgerInScopeInOneSheetAuditedAsAnExport() {
        long edu = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        long health = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null)).id();
        m.tasks.add(office, edu, new TaskDraft("教育问题", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(office, health, new TaskDraft("卫健问题一", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(office, health, new TaskDraft("卫健问题二", null, null, null, LocalDate.of(2025, 7, 31), null));

        m.allLedgers.export(office, CITY_ROUND);
        var sheet = m.sheets.written.get(0);
        assertThat(sheet.header()).startsWith("被巡察单位", "巡察轮次", "序号", "问题");
        assertThat(sheet.rows()).extracting(r -> r.get(3)).containsExactly("教育问题", "卫健问题一", "卫健问题二");
        assertThat(m.db.audits()).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.EXPORT));

        Caller contact = new Caller(7, "contact", "联络人", TestCallers.CITY, EDU_CONTACT, Set.of(Roles.INSPECTED_UNIT),
                Set.of(RectificationPermissions.READ, RectificationPermissions.EXPORT), new DataScope(false, Set.of(TestCallers.CITY), null));
        m.allLedgers.export(contact, null);
        assertThat(m.sheets.written.get(1).rows()).as("a unit's contact: its own ledger only").extracting(r -> r.get(3))
                .containsExactly("教育问题");
        assertThat(status(() -> m.allLedgers.export(TestModule.group2Member(), null))).as("no export permission").isEqualTo(403);
    }
}
