package org.xuncha.platform.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/**
 * Each office's own template, versioned: every upload that passes {@link DocumentService#validateTemplate}
 * is kept in the platform's attachment store (encrypted, audited) under the office's division code, and
 * the newest is the one documents use; older versions stay listed and downloadable. A refused upload
 * stores nothing, so the office keeps what it had.
 */
@Component(service = OfficeTemplates.class)
public class OfficeTemplates {

    static final String OWNER_TYPE = "template";

    /** A version of an office's template: its number counts the office's uploads from 1. */
    public record Version(int version, long id, String filename, long size, String sm3, java.time.LocalDateTime createdAt,
                          String createdBy) {
    }

    /** The template a document is made with: null bytes (and version 0) for the platform's default. */
    public record Current(int version, byte[] template) {
    }

    private final AttachmentStore store;
    private final DocumentService documents;

    @Activate
    public OfficeTemplates(@Reference AttachmentStore store, @Reference DocumentService documents) {
        this.store = store;
        this.documents = documents;
    }

    public List<Version> versions(Caller caller) {
        List<Attachment> all = store.list(DocumentsDescriptor.ID, OWNER_TYPE, office(caller)).stream()
                .sorted(Comparator.comparingLong(Attachment::id)).toList();
        return java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> {
            Attachment a = all.get(i);
            return new Version(i + 1, a.id(), a.filename(), a.size(), a.sm3(), a.createdAt(), a.createdBy());
        }).sorted(Comparator.comparingInt(Version::version).reversed()).toList();
    }

    public Version upload(Caller caller, String filename, InputStream body) {
        String office = office(caller);
        byte[] bytes = read(body);
        documents.validateTemplate(bytes);
        String name = filename == null || filename.isBlank() ? "公文模板.docx" : filename.trim();
        Attachment a = store.store(caller, DocumentsDescriptor.ID, OWNER_TYPE, office, name, DocumentService.DOCX, bytes);
        return versions(caller).stream().filter(v -> v.id() == a.id()).findFirst().orElseThrow();
    }

    /** One version's file, of the caller's office only. */
    public byte[] content(Caller caller, long id) {
        Attachment a = store.get(id).filter(x -> DocumentsDescriptor.ID.equals(x.module()) && OWNER_TYPE.equals(x.ownerType()))
                .orElseThrow(() -> ApiException.notFound("模板", "template", id));
        if (!a.ownerId().equals(office(caller))) {
            throw ApiException.outOfScope();
        }
        return store.content(caller, id);
    }

    /** The newest template of the caller's office, or the default when it has none (or the caller no office). */
    public Current current(Caller caller) {
        if (caller.divisionCode() == null) {
            return new Current(0, null);
        }
        List<Version> versions = versions(caller);
        if (versions.isEmpty()) {
            return new Current(0, null);
        }
        Version newest = versions.get(0);
        return new Current(newest.version(), store.content(caller, newest.id()));
    }

    private static String office(Caller caller) {
        if (caller.divisionCode() == null || caller.divisionCode().isBlank()) {
            throw ApiException.conflict("no_division", "账号未设所属区划，没有本单位模板", "the account belongs to no division, so it has no office template");
        }
        return caller.divisionCode();
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(DocumentService.MAX_TEMPLATE_SIZE + 1);
            if (bytes.length > DocumentService.MAX_TEMPLATE_SIZE) {
                throw new ApiException(413, "template_too_large", "模板文件超过 5 MB", "the template file is larger than 5 MB",
                        List.of(new FieldError("template", "too_large", "模板文件超过 5 MB", "the template file is larger than 5 MB")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
