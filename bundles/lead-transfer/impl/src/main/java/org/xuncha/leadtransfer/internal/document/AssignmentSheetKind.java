package org.xuncha.leadtransfer.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.lead.LeadFeedbackService;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentParameters;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.security.Caller;

/**
 * 点人点事交办单: one lead handed to its receiver, as the document centre generates it. Reads the lead
 * through {@link LeadService#get}, so the caller's permission and scope are checked and the read is
 * audited like any other.
 */
@Component(service = DocumentKind.class)
public class AssignmentSheetKind implements DocumentKind {

    public static final String CODE = "lead-transfer.assignment-sheet";

    private final LeadService leads;
    private final LeadFeedbackService transfers;

    @Activate
    public AssignmentSheetKind(@Reference LeadService leads, @Reference LeadFeedbackService transfers) {
        this.leads = leads;
        this.transfers = transfers;
    }

    /** The sheet's 文号 becomes the lead's transfer number while it waits to be transferred. */
    @Override
    public void issued(Caller caller, Map<String, String> parameters, String number) {
        transfers.numberFromSheet(caller, leadId(parameters), number);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "点人点事交办单";
    }

    @Override
    public String nameEn() {
        return "Lead assignment sheet";
    }

    @Override
    public String permission() {
        return LeadTransferPermissions.LEAD_READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "点人点事交办单-线索" + leadId(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        LeadView l = leads.get(caller, leadId(parameters));
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(receiver(l) + "："));
        b.add(new Paragraph("巡察中发现以下问题线索，现按照巡察工作有关规定移交你单位，请按规定处置，并"
                + (l.feedbackDue() == null ? "按期" : "在" + date(l.feedbackDue()) + "前") + "将办理情况书面反馈巡察办。"));
        b.add(new Heading(1, "一、被反映人基本情况"));
        b.add(new Paragraph("姓名：", text(l.personName())));
        b.add(new Paragraph("职务：", text(l.personPost()) + (l.topLeader() ? "（主要负责人）" : "")));
        b.add(new Paragraph("职级：", text(l.personRank())));
        b.add(new Heading(1, "二、反映的主要问题"));
        b.add(new Paragraph("问题类别：", text(l.category())));
        b.add(new Paragraph(text(l.summary())));
        b.add(new Heading(1, "三、线索来源"));
        b.add(new Paragraph((l.source() == null ? "巡察发现" : l.source().nameZh()) + (l.sourceRef() == null || l.sourceRef().isBlank() ? "" : "（" + l.sourceRef() + "）")
                + "，线索编号" + l.id() + "。"));
        b.add(new Heading(1, "四、办理要求"));
        b.add(new Paragraph("请严格遵守保密纪律，线索材料不得扩散；办理结果及时反馈，逾期未反馈的，巡察办将予以督办。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        b.add(new Closing(date(l.transferredOn())));
        return new DocumentContent("点人点事交办单", b)
                .with(DocumentContent.NUMBER, l.documentNumber())
                .with(DocumentContent.DATE, date(l.transferredOn()));
    }

    private static long leadId(Map<String, String> parameters) {
        return DocumentParameters.id(parameters, "leadId", "线索", "lead");
    }

    /** The receiver as named at the transfer; a lead not yet transferred gets a blank to fill in. */
    private static String receiver(LeadView l) {
        if (l.receiverName() != null && !l.receiverName().isBlank()) {
            return l.receiverName();
        }
        return l.receiverKind() == null ? "（接收单位）" : l.receiverKind().nameZh();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "（无）" : s;
    }

    private static String date(LocalDate d) {
        return DocumentParameters.date(d);
    }
}
