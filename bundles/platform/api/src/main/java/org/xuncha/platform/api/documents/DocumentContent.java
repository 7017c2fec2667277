package org.xuncha.platform.api.documents;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one document says, apart from its layout: the title, the body as paragraphs, and the fields a
 * template may show elsewhere ({@code {{number}}} for the 文号, {@code {{issuer}}}, {@code {{date}}},
 * or any field a kind adds). The body goes where the template has {@code {{body}}}.
 *
 * @param title  the title (标题), centred in 二号 方正小标宋简体
 * @param body   the paragraphs in order
 * @param fields template fields by name, e.g. {@code number → 聊巡办〔2026〕3号}; never null
 */
public record DocumentContent(String title, List<Block> body, Map<String, String> fields) {

    /** Fields the default template shows. */
    public static final String NUMBER = "number";
    public static final String ISSUER = "issuer";
    public static final String DATE = "date";

    public DocumentContent {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        fields = Map.copyOf(fields);
    }

    public DocumentContent(String title, List<Block> body) {
        this(title, body, Map.of());
    }

    /** This content with one more field (a null value leaves the field out). */
    public DocumentContent with(String field, String value) {
        java.util.HashMap<String, String> f = new java.util.HashMap<>(fields);
        if (value == null) {
            f.remove(field);
        } else {
            f.put(field, value);
        }
        return new DocumentContent(title, body, f);
    }

    /** One paragraph of the body. */
    public sealed interface Block permits Heading, Paragraph, Closing {
    }

    /** A heading: level 1 (一、 in 黑体) or 2 ((一) in 楷体_GB2312). */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level 1 or 2: " + level);
            }
        }
    }

    /** Body text (仿宋_GB2312 三号), first line indented two characters; {@code lead} (may be null) in bold first. */
    public record Paragraph(String lead, String text) implements Block {
        public Paragraph(String text) {
            this(null, text);
        }
    }

    /** A right-aligned line at the end: who issues it, the date. */
    public record Closing(String text) implements Block {
    }
}
