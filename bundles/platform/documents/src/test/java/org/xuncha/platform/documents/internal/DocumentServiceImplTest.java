package org.xuncha.platform.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.rest.ApiException;

class DocumentServiceImplTest {

    private final DocumentService service = DocumentServiceImpl.standalone();

    private static DocumentContent sample(int paragraphs) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, "一、基本情况"));
        for (int i = 1; i <= paragraphs; i++) {
            body.add(new Paragraph("线索" + i + "：", "某单位主要负责人违规发放津贴补贴，涉及金额约12万元，{{number}}不是标签。"));
        }
        body.add(new Heading(2, "（一）领导班子整体"));
        body.add(new Closing("市委第一巡察组"));
        body.add(new Closing("2026年12月6日"));
        return new DocumentContent("关于某单位巡察情况的报告", body, Map.of(DocumentContent.NUMBER, "聊巡办〔2026〕3号"));
    }

    @Test
    void docxHasTheTextTheFontsAndTheGbtPageSetup() throws Exception {
        byte[] docx = service.docx(sample(3));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("聊巡办〔2026〕3号");
            assertThat(texts.get(1)).isEqualTo("关于某单位巡察情况的报告");
            assertThat(texts).contains("一、基本情况", "（一）领导班子整体", "市委第一巡察组", "2026年12月6日");
            // the body's own text is never read as a tag, and no placeholder is left
            assertThat(texts).contains("线索1：某单位主要负责人违规发放津贴补贴，涉及金额约12万元，{{number}}不是标签。");
            assertThat(String.join("\n", texts)).doesNotContain("{{body}}", "{{title}}");

            XWPFRun title = doc.getParagraphs().get(1).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("线索1")).findFirst().orElseThrow();
            XWPFRun text = body.getRuns().get(1);
            assertThat(text.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(text.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(text.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getRuns().get(0).isBold()).isTrue();
            assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(579));
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、基本情况")).findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");

            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // 37 / 35 / 28 / 26 mm in twips
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(sect.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579));
            // page numbers: a PAGE field in 四号 in the footers, odd and even
            String footer = doc.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining("|"));
            assertThat(footer).contains("— ", " —");
            assertThat(doc.getFooterList()).hasSize(2);
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
    }

    @Test
    void anOfficeTemplateKeepsItsOwnFormattingOfTheBodyLine() throws Exception {
        byte[] template;
        try (XWPFDocument t = new XWPFDocument(new ByteArrayInputStream(service.defaultTemplate()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph issuer = t.insertNewParagraph(t.getParagraphs().get(0).getCTP().newCursor());
            issuer.createRun().setText("中共聊城市委巡察工作领导小组办公室 {{issuer}}");
            t.getParagraphs().stream().filter(p -> p.getText().equals("{{body}}")).findFirst().orElseThrow()
                    .getRuns().get(0).setFontSize(15);
            t.write(out);
            template = out.toByteArray();
        }
        service.validateTemplate(template);
        byte[] docx = service.docx(sample(1).with(DocumentContent.ISSUER, "（通知）"), template);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("中共聊城市委巡察工作领导小组办公室 （通知）");
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("线索1")).findFirst().orElseThrow();
            assertThat(body.getRuns().get(1).getFontSizeAsDouble()).isEqualTo(15.0);
        }
    }

    @Test
    void aBrokenTemplateIsRefusedWithReasons() throws Exception {
        assertThatThrownBy(() -> service.validateTemplate("not a word file".getBytes()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("bad_template");
                });
        assertThatThrownBy(() -> service.validateTemplate(new byte[] {'P', 'K', 3, 4, 0, 0, 0}))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("bad_template"));
        byte[] noBody;
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.createParagraph().createRun().setText("{{title}}");
            t.write(out);
            noBody = out.toByteArray();
        }
        assertThatThrownBy(() -> service.validateTemplate(noBody))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageZh()).contains("{{body}}"));
    }

    @Test
    void pdfEmbedsTheCjkFontAndItsFirstPageIsNotBlank() throws Exception {
        Assumptions.assumeTrue(new CjkFont(null).file() != null, "no CJK font on this machine");
        byte[] pdf = service.pdf(sample(40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("聊巡办〔2026〕3号", "关于某单位巡察情况的报告", "线索40", "— 2 —");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("dark pixels on page 1").isGreaterThan(2000);
        }
    }

    /** The font is parsed once and kept: PDFs made one after another and at once from threads all carry their own text. */
    @Test
    void theKeptFontServesPdfsInTurnAndAtOnce() throws Exception {
        Assumptions.assumeTrue(new CjkFont(null).file() != null, "no CJK font on this machine");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<byte[]>> made = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                DocumentContent c = new DocumentContent("第" + i + "号通报", List.of(new DocumentContent.Paragraph("巡察组" + i + "的情况")));
                made.add(pool.submit(() -> service.pdf(c)));
            }
            for (int i = 1; i <= 6; i++) {
                try (PDDocument doc = Loader.loadPDF(made.get(i - 1).get())) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("第" + i + "号通报", "巡察组" + i + "的情况");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
