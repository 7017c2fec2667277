package org.xuncha.platform.documents.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/**
 * The kinds of document the installed modules offer. They come and go with their modules (a dynamic
 * reference), so the resources holding this, and with them the platform's server, never restart when
 * a module is installed or removed.
 */
@Component(service = Kinds.class)
public class Kinds {

    private final Map<String, DocumentKind> kinds = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(DocumentKind kind) {
        kinds.put(kind.code(), kind);
    }

    void removeKind(DocumentKind kind) {
        kinds.remove(kind.code(), kind);
    }

    /** The kinds whose source the caller may read, by code. */
    public List<DocumentKind> visible(Caller caller) {
        return kinds.values().stream().filter(k -> caller.has(k.permission())).sorted(Comparator.comparing(DocumentKind::code)).toList();
    }

    public Collection<DocumentKind> all() {
        return List.copyOf(kinds.values());
    }

    /** The kind of that code: 400 when none is given, 404 when no installed module offers it. */
    public DocumentKind get(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.validation(List.of(new FieldError("kind", "required", "请选择公文种类", "choose the kind of document")));
        }
        DocumentKind kind = kinds.get(code);
        if (kind == null) {
            throw new ApiException(404, "not_found", "没有这种公文（或提供它的模块未安装）：" + code,
                    "no such kind of document (or its module is not installed): " + code,
                    List.of(new FieldError("kind", "not_found", "没有这种公文", "no such kind of document")));
        }
        return kind;
    }
}
