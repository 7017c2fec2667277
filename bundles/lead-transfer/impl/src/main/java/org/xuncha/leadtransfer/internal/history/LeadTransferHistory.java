package org.xuncha.leadtransfer.internal.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.lead.PastLeads;
import org.xuncha.leadtransfer.internal.problem.ApprovalService;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.TermRef;

/**
 * History import (历史数据导入) of lead transfer: a term's past problems, and its past leads with their
 * transfers, acknowledgments, disposals, outcomes and conclusions, each with the real days, from the
 * module's two templates (xlsx, or the same columns as UTF-8 CSV). The past rounds, groups and targets
 * come first, from round planning's history import; rows name them by round number, group name and
 * unit code. The whole file is checked first — the rules of the screens included — and one wrong row
 * imports nothing; then everything is written in one transaction and audited as one import. No events
 * are posted: other modules learn nothing new from the past.
 */
@Component(service = LeadTransferHistory.class)
public class LeadTransferHistory {

    /** Stamped on the approval sheets of past problems, so that nobody takes them for live decisions. */
    static final String NOTE = "历史数据导入";

    /** What a history file holds. */
    public enum Kind {
        PROBLEMS("历史问题导入模板.xlsx"),
        LEADS("历史线索导入模板.xlsx");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        public String templateName() {
            return template;
        }
    }

    /**
     * What an import answers: the ids it created (problems, or leads), the outcomes recorded, or the
     * row errors that stopped it.
     */
    public record Report(int rows, List<Long> problemIds, List<Long> leadIds, int outcomes, List<ImportReport.RowError> errors) {
    }

    private final ModuleStore db;
    private final Rounds rounds;
    private final References references;
    private final Taxonomy taxonomy;
    private final ApprovalService approvals;
    private final Settings settings;
    private final SpreadsheetService spreadsheets;

    @Activate
    public LeadTransferHistory(@Reference Store store, @Reference Rounds rounds, @Reference References references, @Reference Taxonomy taxonomy,
                               @Reference ApprovalService approvals, @Reference Settings settings, @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.rounds = rounds;
        this.references = references;
        this.taxonomy = taxonomy;
        this.approvals = approvals;
        this.settings = settings;
        this.spreadsheets = spreadsheets;
    }

    public List<List<String>> rows(byte[] file) {
        return ImportSheet.rows(spreadsheets, file);
    }

    /** The template of a kind: its columns and example rows. */
    public byte[] template(Kind kind) {
        return kind == Kind.PROBLEMS
                ? spreadsheets.write(List.of(new SpreadsheetService.Sheet("历史问题", null, ProblemRows.COLUMNS, ProblemRows.example())))
                : spreadsheets.write(List.of(new SpreadsheetService.Sheet("历史线索", null, LeadRows.COLUMNS, LeadRows.example())));
    }

    /**
     * Imports a file of a term's past problems or leads.
     *
     * @param progress told the rows checked so far, may be null
     */
    public Report run(Caller caller, long termId, Kind kind, InputStream file, IntConsumer progress) {
        caller.require(LeadTransferPermissions.HISTORY_IMPORT);
        byte[] bytes;
        try {
            bytes = file.readAllBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
        List<List<String>> rows = rows(bytes);
        ImportSheet sheet = kind == Kind.PROBLEMS ? ImportSheet.of(rows, ProblemRows.COLUMNS, ProblemRows.REQUIRED)
                : ImportSheet.of(rows, LeadRows.COLUMNS, LeadRows.REQUIRED);
        TermRef term = rounds.term(caller, "termId", termId);
        Places places = rounds.ask(d -> new Places(caller, term, d, references.unitIds(Places.unitCodes(sheet))));
        Map<String, Taxonomy.Category> categories = taxonomy.all();
        LocalDate today = db.today();
        if (kind == Kind.PROBLEMS) {
            List<ApprovalService.PastProblem> problems = ProblemRows.read(sheet, places, categories, today, progress);
            if (!sheet.ok()) {
                return new Report(sheet.size(), List.of(), List.of(), 0, sheet.errors());
            }
            return db.write(em -> {
                List<Long> ids = approvals.writePast(em, caller, problems, NOTE);
                em.flush();
                db.audit(em, caller, AuditAction.IMPORT, "term", termId, "导入历史问题：" + ids.size() + "个（" + term.name() + "）");
                return new Report(sheet.size(), ids, List.of(), 0, List.of());
            });
        }
        List<LeadRows.Read> leads = LeadRows.read(sheet, places, categories, today, progress);
        if (!sheet.ok()) {
            return new Report(sheet.size(), List.of(), List.of(), 0, sheet.errors());
        }
        return db.write(em -> {
            List<Long> ids = new ArrayList<>();
            int outcomes = 0;
            for (LeadRows.Read r : leads) {
                ids.add(PastLeads.write(em, db, caller, r.lead(), settings.feedbackMonths()));
                outcomes += r.lead().outcomes().size();
            }
            em.flush();
            db.audit(em, caller, AuditAction.IMPORT, "term", termId, "导入历史线索：" + ids.size() + "条、处理结果" + outcomes + "项（"
                    + term.name() + "）");
            return new Report(sheet.size(), List.of(), ids, outcomes, List.of());
        });
    }
}
