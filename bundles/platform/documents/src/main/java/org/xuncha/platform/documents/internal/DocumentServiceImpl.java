package org.xuncha.platform.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.ApiException;

/** The document service on POI / poi-tl (DOCX) and PDFBox (PDF). */
@Component(service = DocumentService.class, configurationPid = "org.xuncha.documents")
@Designate(ocd = DocumentServiceImpl.Config.class)
public class DocumentServiceImpl implements DocumentService {

    @ObjectClassDefinition(name = "xuncha documents")
    public @interface Config {
        @AttributeDefinition(description = "CJK font file (TTF/TTC/OTF) embedded in PDFs; empty: the first one found of the known places")
        String pdfFont() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);

    static {
        // a DOCX is a zip: refuse zip bombs in uploaded templates (POI checks the ratio as it inflates)
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
    }

    private final CjkFont font;
    /**
     * Built at the first document, not at activation: building it loads POI's and XMLBeans' classes, a
     * noticeable share of the CPU on the start-level thread that starts every bundle at boot (a JFR
     * recording of a restart: 5 % of its samples), which a platform that may never issue a document
     * that day should not pay before it answers.
     */
    private volatile byte[] defaultTemplate;

    @Activate
    public DocumentServiceImpl(Config config) {
        this.font = new CjkFont(config.pdfFont());
        LOG.info("documents: PDF font {}", font.file() == null ? "none found (PDF unavailable)" : font.file());
    }

    private DocumentServiceImpl() {
        this.font = new CjkFont(null);
    }

    private byte[] template() {
        byte[] t = defaultTemplate;
        if (t == null) {
            synchronized (this) {
                if (defaultTemplate == null) {
                    defaultTemplate = withBundleLoader(DefaultTemplate::build);
                }
                t = defaultTemplate;
            }
        }
        return t;
    }

    /** The service outside OSGi, with the font from the known places: for modules' unit tests and the bench. */
    public static DocumentService standalone() {
        return new DocumentServiceImpl();
    }

    @Override
    public byte[] docx(DocumentContent content) {
        return docx(content, null);
    }

    @Override
    public byte[] docx(DocumentContent content, byte[] template) {
        byte[] t = template == null ? template() : template;
        return withBundleLoader(() -> {
            try {
                return DocxRenderer.render(content, t);
            } catch (DocxRenderer.TemplateException e) {
                throw badTemplate(e.zh, e.getMessage());
            } catch (IOException | RuntimeException e) {
                if (e instanceof ApiException a) {
                    throw a;
                }
                if (template == null) {
                    throw new IllegalStateException("the default template failed to render", e);
                }
                // an office's template that WPS/Word saved in a shape the library cannot read
                throw badTemplate("模板无法使用：" + reason(e), "the template cannot be used: " + reason(e));
            }
        });
    }

    @Override
    public byte[] pdf(DocumentContent content) {
        byte[] pdf = withBundleLoader(() -> PdfRenderer.render(content, font));
        if (pdf == null) {
            throw new ApiException(503, "pdf_font_missing", "服务器上没有可嵌入的中文字体，无法生成 PDF（请安装 fonts-noto-cjk 或在 org.xuncha.documents 中配置 pdfFont）",
                    "no embeddable CJK font on the server, so no PDF (install fonts-noto-cjk or set pdfFont in org.xuncha.documents)");
        }
        return pdf;
    }

    @Override
    public byte[] defaultTemplate() {
        return template().clone();
    }

    @Override
    public void validateTemplate(byte[] template) {
        if (template == null || template.length == 0) {
            throw badTemplate("模板文件为空", "the template file is empty");
        }
        if (template.length > MAX_TEMPLATE_SIZE) {
            throw badTemplate("模板文件超过 5 MB", "the template file is larger than 5 MB");
        }
        if (template[0] != 'P' || template[1] != 'K') {
            throw badTemplate("模板须为 Word 文档（.docx）；.doc 请在 WPS/Word 中另存为 .docx", "the template must be a Word document (.docx); save a .doc as .docx in WPS/Word");
        }
        docx(new DocumentContent("模板检查", List.of(new DocumentContent.Paragraph("正文")),
                Map.of(DocumentContent.NUMBER, "〔2026〕1号")), template);
    }

    private static ApiException badTemplate(String zh, String en) {
        return new ApiException(400, "bad_template", zh, en,
                List.of(new org.xuncha.platform.api.rest.FieldError("template", "bad_template", zh, en)));
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) : m;
    }

    /**
     * XMLBeans finds its schema types through the thread's context class loader; under OSGi that is the
     * caller's (CXF's, a module's), which cannot see the embedded POI: use this bundle's loader meanwhile.
     */
    private static <T> T withBundleLoader(Callable<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(DocumentServiceImpl.class.getClassLoader());
        try {
            return work.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
