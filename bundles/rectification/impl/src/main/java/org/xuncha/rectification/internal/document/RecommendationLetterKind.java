package org.xuncha.rectification.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentParameters;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.letter.LetterService;
import org.xuncha.rectification.internal.letter.LetterService.Letter;

/**
 * 巡察建议书: the office's recommendation to a functional department as recorded on the letters page
 * (addressee, title, what is recommended, the day it was sent and when the reply is due). Read
 * through {@link LetterService} as the caller, so the division check holds and a unit's contact
 * is refused; the content is decrypted only for the document.
 */
@Component(service = DocumentKind.class)
public class RecommendationLetterKind implements DocumentKind {

    public static final String CODE = "rectification.recommendation-letter";
    static final String PARAMETER = "letterId";

    private final LetterService letters;

    @Activate
    public RecommendationLetterKind(@Reference LetterService letters) {
        this.letters = letters;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察建议书";
    }

    @Override
    public String nameEn() {
        return "Inspection recommendation letter";
    }

    @Override
    public String permission() {
        return RectificationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察建议书-" + id(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        Letter l = letters.letter(caller, id(parameters));
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(l.department() + "："));
        b.add(new Paragraph("巡察工作领导小组办公室在巡察中发现，有关问题涉及你单位职责范围。为推动问题解决、完善制度机制，现提出以下建议。"));
        if (l.content() == null) {
            b.add(new Paragraph(l.title() + "。"));
        } else {
            l.content().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> b.add(new Paragraph(s)));
        }
        b.add(new Paragraph(l.replyDue() == null ? "请认真研究办理，并将落实情况书面反馈巡察工作领导小组办公室。"
                : "请认真研究办理，并于" + date(l.replyDue()) + "前将落实情况书面反馈巡察工作领导小组办公室。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        b.add(new Closing(date(l.sentOn())));
        return new DocumentContent(l.title(), b).with(DocumentContent.DATE, date(l.sentOn()));
    }

    private static long id(Map<String, String> parameters) {
        return DocumentParameters.id(parameters, PARAMETER, "巡察建议书", "recommendation letter");
    }

    private static String date(LocalDate d) {
        return DocumentParameters.date(d);
    }
}
