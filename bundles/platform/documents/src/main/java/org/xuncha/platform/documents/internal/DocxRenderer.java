package org.xuncha.platform.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;

/**
 * Fills a template with poi-tl: the fields as text tags, the body through a policy of its own that
 * puts the paragraphs where {@code {{body}}} stands, each taking that paragraph's and run's formatting
 * (so an office that sets its body font on the {@code {{body}}} line gets it everywhere), headings
 * in 黑体 / 楷体_GB2312. Text of the content is set as text, never read as tags.
 */
final class DocxRenderer {

    static final String BODY = "body";

    private DocxRenderer() {
    }

    /** @throws TemplateException if the template has no {@code {{body}}} paragraph or is no DOCX */
    static byte[] render(DocumentContent content, byte[] template) throws IOException {
        BodyPolicy body = new BodyPolicy(content.body());
        Configure config = Configure.builder().bind(BODY, body).build();
        Map<String, Object> data = new HashMap<>(content.fields());
        data.put("title", content.title());
        data.put(BODY, content.body());
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), config)) {
            t.render(data);
            if (body.placeholder == null) {
                throw new TemplateException("模板中没有单独成段的 {{body}}（正文位置）", "the template has no {{body}} paragraph (where the body goes)");
            }
            XWPFDocument doc = t.getXWPFDocument();
            doc.removeBodyElement(doc.getPosOfParagraph(body.placeholder));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the body paragraphs before the {@code {{body}}} paragraph, which is removed after rendering. */
    private static final class BodyPolicy implements RenderPolicy {

        private final List<Block> blocks;
        XWPFParagraph placeholder;

        BodyPolicy(List<Block> blocks) {
            this.blocks = new ArrayList<>(blocks);
        }

        @Override
        public void render(ElementTemplate element, Object data, XWPFTemplate template) {
            XWPFRun run = ((RunTemplate) element).getRun();
            if (!(run.getParent() instanceof XWPFParagraph p) || p.getBody() != template.getXWPFDocument()) {
                throw new TemplateException("{{body}} 须在正文中单独成段，不能在表格、页眉或页脚中",
                        "{{body}} must be a paragraph of its own in the main text, not in a table, header or footer");
            }
            CTPPr pPr = p.getCTP().getPPr();
            CTRPr rPr = run.getCTR().getRPr();
            XWPFDocument doc = template.getXWPFDocument();
            for (Block b : blocks) {
                XmlCursor cursor = p.getCTP().newCursor();
                XWPFParagraph np = doc.insertNewParagraph(cursor);
                cursor.close();
                write(np, b, pPr, rPr);
            }
            run.setText("", 0);
            placeholder = p;
        }

        private static void write(XWPFParagraph p, Block b, CTPPr pPr, CTRPr rPr) {
            CTP ctp = p.getCTP();
            if (pPr != null) {
                ctp.setPPr((CTPPr) pPr.copy());
            }
            if (b instanceof Heading h) {
                XWPFRun r = run(p, rPr);
                Docx.font(r, h.level() == 1 ? Layout.HEADING_FONT : Layout.HEADING2_FONT, Layout.BODY_PT);
                r.setText(h.text());
            } else if (b instanceof Paragraph para) {
                if (para.lead() != null && !para.lead().isEmpty()) {
                    XWPFRun lead = run(p, rPr);
                    lead.setBold(true);
                    lead.setText(para.lead());
                }
                run(p, rPr).setText(para.text() == null ? "" : para.text());
            } else if (b instanceof Closing c) {
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationFirstLine(0);
                p.setIndentationRight(4 * Layout.BODY_PT * 20);
                run(p, rPr).setText(c.text());
            }
        }

        private static XWPFRun run(XWPFParagraph p, CTRPr rPr) {
            XWPFRun r = p.createRun();
            if (rPr != null) {
                r.getCTR().setRPr((CTRPr) rPr.copy());
            }
            return r;
        }
    }

    /** The template cannot be used; the messages say why, in Chinese and English. */
    static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String zh;

        TemplateException(String zh, String en) {
            super(en);
            this.zh = zh;
        }
    }
}
