package org.xuncha.platform.documents.internal;

import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * Issuing (印发) a document: it takes the office's next 文号 for its kind, is rendered with it and kept
 * (the file SM4-encrypted, bound to its row) in the same transaction as the number and the audit
 * record, so a failed rendering or store leaves neither a document nor a used number. Drafts
 * ({@code generate}) take no number and are not kept.
 */
@Component(service = IssuedDocuments.class)
public class IssuedDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(IssuedDocuments.class);

    static final String TYPE = "issued-document";
    static final String FILE_TABLE = "xc_documents_file";
    public static final Map<String, String> SORT = Map.of("id", "d.id", "issuedAt", "d.issuedAt", "kind", "d.kind", "number", "d.seq");

    public record IssuedView(long id, String kind, String kindName, String subject, String number, int year, int seq, String filename,
                             String format, int templateVersion, long size, LocalDateTime issuedAt, String issuedBy) {
        static IssuedView of(IssuedEntity e) {
            return new IssuedView(e.id, e.kind, e.kindName, e.subject, e.number, e.year, e.seq, e.filename, e.format, e.templateVersion,
                    e.size, e.issuedAt, e.issuedBy);
        }
    }

    /** Filters of the list; null or blank adds nothing. */
    public record Query(String kind, Integer year, String text) {
    }

    /** A kept file: its name and bytes. */
    public record File(String filename, String format, byte[] bytes) {
    }

    private final ModuleStore store;
    private final Numbering numbering;
    private final SpreadsheetService spreadsheets;

    @Activate
    public IssuedDocuments(@Reference Store store, @Reference Numbering numbering, @Reference SpreadsheetService spreadsheets) {
        this.store = store.db();
        this.numbering = numbering;
        this.spreadsheets = spreadsheets;
    }

    /**
     * Issues a document of {@code kind}: the content is built first (the kind checks permission and scope
     * on what it reads), then number, rendering, file and audit record commit together.
     *
     * @param render the content (with its number) as the file's bytes in {@code format}
     */
    public IssuedView issue(Caller caller, DocumentKind kind, String format, Map<String, String> parameters, int templateVersion,
                            Function<DocumentContent, byte[]> render) {
        caller.require(DocumentsDescriptor.ISSUE).require(kind.permission());
        String office = Numbering.office(caller);
        DocumentContent content = kind.build(caller, parameters);
        int year = store.today().getYear();
        numbering.prepare(office, kind.code(), year);
        IssuedView issued = store.write(em -> {
            Numbering.Taken number = numbering.take(em, office, kind.code(), year);
            byte[] file = render.apply(content.with(DocumentContent.NUMBER, number.text()));
            IssuedEntity e = new IssuedEntity();
            e.divisionCode = office;
            e.kind = kind.code();
            e.kindName = bounded(kind.nameZh(), 100);
            e.subject = bounded(subject(parameters), IssuedEntity.SUBJECT_MAX);
            e.year = number.year();
            e.seq = number.seq();
            e.number = number.text();
            e.filename = bounded(kind.filename(parameters) + "（" + number.text() + "）", IssuedEntity.FILENAME_MAX - 6) + "." + format;
            e.format = format;
            e.templateVersion = templateVersion;
            e.size = file.length;
            e.issuedAt = store.now();
            e.issuedBy = caller.username();
            em.persist(e);
            em.flush();
            em.createNativeQuery("insert into " + FILE_TABLE + " (issued_id, content) values (?, ?)").setParameter(1, e.id)
                    .setParameter(2, store.encrypt(Base64.getEncoder().encodeToString(file), FieldContext.of(FILE_TABLE, "content", e.id)))
                    .executeUpdate();
            store.audit(em, caller, AuditAction.CREATE, TYPE, e.id, "印发公文（" + kind.nameZh() + "，" + number.text() + "，" + format + "，模板"
                    + (templateVersion == 0 ? "默认" : "第" + templateVersion + "版") + "）");
            return IssuedView.of(e);
        });
        try {
            kind.issued(caller, parameters, issued.number());
        } catch (RuntimeException e) {
            // the document is issued and kept either way; what the kind records of it is the kind's to repair
            LOG.warn("kind {} failed to record issued document {} ({}): {}", kind.code(), issued.id(), issued.number(), e.toString());
        }
        return issued;
    }

    /** The office's issued documents (a city office's include its counties'), newest first by default. */
    public Page<IssuedView> list(Caller caller, Query q, PageRequest page) {
        caller.require(DocumentsDescriptor.ISSUE);
        Where w = where(caller, q);
        return store.read(em -> w.page(em, IssuedEntity.class, "d", Where.orderBy(page, SORT, "d.id"), page)).map(IssuedView::of);
    }

    /** The list as a workbook (发文登记), every row that matches; audited as an export. */
    public byte[] export(Caller caller, Query q) {
        caller.require(DocumentsDescriptor.ISSUE);
        Where w = where(caller, q);
        List<IssuedEntity> rows = store.read(em -> w.list(em, IssuedEntity.class, "d", " order by d.issuedAt desc, d.id desc"));
        store.audit(caller, AuditAction.EXPORT, TYPE, "list", "导出发文登记（" + rows.size() + " 份）");
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("发文登记", "发文登记（" + store.today() + "）",
                List.of("文号", "公文种类", "依据", "文件名", "格式", "印发时间", "印发人"),
                rows.stream().map(e -> List.<Object>of(e.number, e.kindName, e.subject, e.filename, e.format, e.issuedAt, e.issuedBy)).toList())));
    }

    /** One issued document's file; 404 unknown, 403 another office's; the read is audited. */
    public File file(Caller caller, long id) {
        caller.require(DocumentsDescriptor.ISSUE);
        IssuedEntity e = store.read(em -> em.find(IssuedEntity.class, id));
        if (e == null) {
            throw ApiException.notFound("公文", "document", id);
        }
        caller.requireDivision(e.divisionCode);
        String stored = store.read(em -> (String) em.createNativeQuery("select content from " + FILE_TABLE + " where issued_id = ?")
                .setParameter(1, id).getSingleResult());
        byte[] bytes = Base64.getDecoder().decode(store.decrypt(stored, FieldContext.of(FILE_TABLE, "content", id)));
        store.audit(caller, AuditAction.READ, TYPE, id, "下载已印发公文（" + e.number + "）");
        return new File(e.filename, e.format, bytes);
    }

    private static Where where(Caller caller, Query q) {
        return Where.scoped(caller, "d.divisionCode", null).eq("d.kind", "kind", q.kind()).eq("d.year", "year", q.year())
                .like("text", q.text(), "d.number", "d.filename");
    }

    /** The parameters (record ids) as text, in a stable order. */
    static String subject(Map<String, String> parameters) {
        return new TreeMap<>(parameters).toString();
    }

    private static String bounded(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
