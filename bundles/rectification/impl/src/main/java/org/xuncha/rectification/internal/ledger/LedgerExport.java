package org.xuncha.rectification.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.rectification.api.Ledger;
import org.xuncha.rectification.internal.task.TaskEntity;
import org.xuncha.rectification.internal.task.TaskRules;

/** A ledger as the spreadsheet offices keep (整改台账): one row per task, in Chinese. */
@Component(service = LedgerExport.class)
public class LedgerExport {

    static final List<String> HEADER = List.of("序号", "问题", "整改措施", "责任领导", "责任人", "整改时限", "整改阶段", "销号状态", "是否逾期", "销号日期");

    private final SpreadsheetService spreadsheets;

    @Activate
    public LedgerExport(@Reference SpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    /** @param decrypt a task's problem decrypted (stored encrypted, bound to its row) */
    public byte[] workbook(Ledger ledger, List<TaskEntity> tasks, LocalDate today, Function<TaskEntity, String> decrypt) {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("整改台账", title(ledger, today), HEADER, rows(tasks, today, decrypt))));
    }

    static String title(Ledger ledger, LocalDate today) {
        return ledger.unitName() + " 整改台账（" + ledger.roundName() + "，反馈日期 " + ledger.feedbackDate() + "，导出日期 " + today + "）";
    }

    static List<List<Object>> rows(List<TaskEntity> tasks, LocalDate today, Function<TaskEntity, String> decrypt) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (TaskEntity t : tasks) {
            List<Object> row = new ArrayList<>();
            row.add(n++);
            row.add(decrypt.apply(t));
            row.add(t.measures);
            row.add(t.responsibleLeader);
            row.add(t.owner);
            row.add(t.deadline);
            row.add(t.phase.nameZh());
            row.add(t.status.nameZh());
            row.add(TaskRules.overdue(t.status, t.deadline, today) ? "是" : "否");
            row.add(t.closedOn);
            rows.add(row);
        }
        return rows;
    }
}
