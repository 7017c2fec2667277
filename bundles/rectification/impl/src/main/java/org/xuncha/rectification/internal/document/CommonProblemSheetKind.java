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
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.assignment.AssignmentUnits;

/**
 * 共性问题交办单: a problem common to many units, as the committee assigned it, with the units it was
 * assigned to. Reads through the module's own services, so permission and scope hold (a unit's
 * contact sees its own unit's line only); an assignment of another kind is refused on its field.
 */
@Component(service = DocumentKind.class)
public class CommonProblemSheetKind implements DocumentKind {

    public static final String CODE = "rectification.common-problem-sheet";
    static final String PARAMETER = "assignmentId";

    private final AssignmentService assignments;
    private final AssignmentUnits units;

    @Activate
    public CommonProblemSheetKind(@Reference AssignmentService assignments, @Reference AssignmentUnits units) {
        this.assignments = assignments;
        this.units = units;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "共性问题交办单";
    }

    @Override
    public String nameEn() {
        return "Common problem assignment sheet";
    }

    @Override
    public String permission() {
        return RectificationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "共性问题交办单-" + id(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        Assignment a = assignments.assignment(caller, id(parameters));
        if (a.kind() != AssignmentKind.COMMON_PROBLEM) {
            throw ApiException.validation(List.of(new FieldError(PARAMETER, "not_common_problem", "该交办事项不是共性问题（而是" + a.kind().nameZh() + "）",
                    "the assignment is no common problem but " + a.kind().nameEn())));
        }
        List<String> names = units.units(caller, a.id()).stream().map(AssignmentUnits.UnitLine::unitName).toList();
        String by = a.assignedBy() == null || a.assignedBy().isBlank() ? "研究" : a.assignedBy() + "研究";
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("各有关单位："));
        b.add(new Paragraph("巡察中发现以下问题在多个单位普遍存在，经" + by + "，现作为共性问题交办，请各单位对照检查、举一反三，"
                + "认真整改，并将整改情况书面报送巡察办。"));
        b.add(new Heading(1, "一、共性问题"));
        b.add(new Paragraph(a.title()));
        b.add(new Heading(1, "二、交办单位"));
        b.add(new Paragraph(names.isEmpty() ? "（尚未分解到单位）" : String.join("、", names) + "，共" + names.size() + "个单位。"));
        b.add(new Heading(1, "三、整改要求"));
        b.add(new Paragraph("各单位主要负责人为整改第一责任人，要逐项明确整改措施、责任人和完成时限；整改完成后及时报告，巡察办将跟踪督办。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        b.add(new Closing(date(a.assignedOn())));
        return new DocumentContent("共性问题交办单", b).with(DocumentContent.DATE, date(a.assignedOn()));
    }

    private static long id(Map<String, String> parameters) {
        return DocumentParameters.id(parameters, PARAMETER, "交办事项", "assignment");
    }

    private static String date(LocalDate d) {
        return DocumentParameters.date(d);
    }
}
