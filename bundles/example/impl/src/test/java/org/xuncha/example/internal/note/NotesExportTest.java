package org.xuncha.example.internal.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.example.api.ExampleEvents;
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.example.api.NoteDraft;
import org.xuncha.example.internal.Store;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.RecordingSpreadsheets;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/** The notes list as exported: the rows the page lists, Chinese headers and file name, the caller's scope, audited. */
class NotesExportTest {

    private final TestModuleStore db = TestModuleStore.open(ExampleEvents.MODULE, "xuncha.example", "db/example/changelog.xml");
    private final Store store = new Store(db.emf(), db.stores());
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final RecordingSpreadsheets sheets = new RecordingSpreadsheets();
    private final NoteServiceImpl notes = new NoteServiceImpl(store, reference);
    private final NotesExport export = new NotesExport(store, notes, reference, sheets);

    private final Caller city = TestCallers.office("city-office", TestCallers.CITY, Set.of(TestCallers.CITY, TestCallers.COUNTY), null,
            ExamplePermissions.READ, ExamplePermissions.WRITE, InMemoryReferenceData.READ);
    private final Caller county = TestCallers.office("county-office", TestCallers.COUNTY, Set.of(TestCallers.COUNTY), null,
            ExamplePermissions.READ, InMemoryReferenceData.READ);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNotesOfAUnitNewestFirstUnderAChineseNameAndAudited() {
        reference.addDivision(TestCallers.CITY, "聊城市", null);
        reference.addDivision(TestCallers.COUNTY, "阳谷县", TestCallers.CITY);
        Unit edu = reference.addUnit("LC-EDU", "聊城市教育和体育局党组", TestCallers.CITY, "党政机关", null, null);
        Unit firm = reference.addUnit("LC-SOE", "聊城市交通发展集团党委", TestCallers.CITY, "国有企业", null, null);
        notes.add(city, new NoteDraft(edu.id(), "进驻前听取纪委监委意见"));
        notes.add(city, new NoteDraft(edu.id(), "调阅三重一大会议记录"));
        notes.add(city, new NoteDraft(firm.id(), "另一单位的备注"));
        db.clearRecords();

        NotesExport.Workbook w = export.export(city, edu.id(), null);
        assertThat(w.filename()).isEqualTo("单位备注-聊城市教育和体育局党组.xlsx");
        SpreadsheetService.Sheet s = sheets.written().get(0);
        assertThat(s.header()).containsExactly("被巡察单位", "备注内容", "记录人", "时间");
        assertThat(s.rows()).extracting(r -> r.get(1)).as("the page's unit, newest first").containsExactly("调阅三重一大会议记录", "进驻前听取纪委监委意见");
        assertThat(s.rows().get(0)).startsWith("聊城市教育和体育局党组", "调阅三重一大会议记录", "city-office");
        assertThat(db.audits()).extracting(TestModuleStore.Audited::action).containsExactly(AuditAction.EXPORT);

        assertThat(export.export(city, null, null).filename()).isEqualTo("单位备注.xlsx");
        assertThat(sheets.written().get(1).rows()).hasSize(3);
        export.export(county, null, null);
        assertThat(sheets.written().get(2).rows()).as("out of the county's scope").isEmpty();
        assertThatThrownBy(() -> export.export(county, edu.id(), null)).as("another division's unit").isInstanceOf(ApiException.class);
    }
}
