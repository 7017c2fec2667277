package org.xuncha.personnelpools.internal.incentive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * 双历认定证明: the certificate of one 双历认定 record — the person, the round and group they served
 * in, that the stint counts as both grass-roots and supervision experience, issued by the office on
 * the record's date. Laid out by the platform's document service (GB/T 9704); read as the caller
 * may read the record (permission, then the record's division).
 */
@Component(service = {DocumentKind.class, DualCertificateKind.class})
public class DualCertificateKind implements DocumentKind {

    public static final String CODE = "personnel-pools.dual-certificate";
    static final String RECORD = "recordId";

    private final ModuleStore store;
    private final DocumentService documents;

    @Activate
    public DualCertificateKind(@Reference Store store, @Reference DocumentService documents) {
        this.store = store.db();
        this.documents = documents;
    }

    /**
     * The certificate of the record as a file ({@code format} docx, the default, or pdf), audited as
     * an export (the record, never the content): what the incentives page downloads.
     */
    public Download file(Caller caller, long id, String format) {
        String f = format == null || format.isBlank() ? "docx" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("docx") && !f.equals("pdf")) {
            throw ApiException.validation(List.of(new FieldError("format", "invalid", "格式须为 docx 或 pdf", "format must be docx or pdf")));
        }
        Map<String, String> parameters = Map.of(RECORD, String.valueOf(id));
        DocumentContent content = build(caller, parameters);
        byte[] bytes = f.equals("pdf") ? documents.pdf(content) : documents.docx(content);
        store.audit(caller, AuditAction.EXPORT, "dual_record", id, "生成双历认定证明（" + f + "）");
        return new Download(filename(parameters) + "." + f, f.equals("pdf") ? DocumentService.PDF : DocumentService.DOCX, bytes);
    }

    /** A generated file. */
    public record Download(String filename, String mediaType, byte[] bytes) {
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察干部双历认定证明";
    }

    @Override
    public String nameEn() {
        return "Certificate of dual experience (双历认定)";
    }

    @Override
    public String permission() {
        return PersonnelPoolsPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "双历认定证明-记录" + recordId(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        caller.require(PersonnelPoolsPermissions.READ);
        long id = recordId(parameters);
        DualEntity d = store.read(em -> em.find(DualEntity.class, id));
        if (d == null) {
            throw new ApiException(404, "not_found", "双历认定记录不存在：" + id, "No such dual-experience record: " + id,
                    List.of(new FieldError(RECORD, "not_found", "双历认定记录不存在：" + id, "No such dual-experience record: " + id)));
        }
        if (!caller.scope().coversDivision(d.divisionCode)) {
            throw ApiException.outOfScope();
        }
        return content(d.personName, d.roundName, d.groupName, d.issuedAt.toLocalDate(), d.id);
    }

    /** What the certificate says. */
    static DocumentContent content(String person, String round, String group, LocalDate issued, long id) {
        String day = issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
        String served = round + (group == null || group.isBlank() ? "" : group);
        return new DocumentContent("巡察干部双历认定证明", List.of(
                new Paragraph(person + "同志经组织抽调，参加" + served + "工作。"),
                new Paragraph("根据巡察干部“双历”认定的有关规定，经审核，认定其本次巡察工作经历同时作为基层工作经历和监督工作经历。"),
                new Paragraph("特此证明。"),
                new Closing("巡察工作领导小组办公室"),
                new Closing(day)))
                .with(DocumentContent.DATE, day).with(DocumentContent.NUMBER, "双历认定第" + id + "号");
    }

    /** The {@code recordId} parameter: 400 on that field when absent or not a positive whole number. */
    static long recordId(Map<String, String> parameters) {
        String raw = parameters.get(RECORD);
        try {
            long id = Long.parseLong(raw == null ? "" : raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.validation(List.of(new FieldError(RECORD, "invalid", "双历认定记录编号须为正整数", "recordId must be a positive whole number")));
    }
}
