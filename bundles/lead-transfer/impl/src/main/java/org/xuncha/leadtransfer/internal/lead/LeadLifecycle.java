package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.util.Set;

import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;

/**
 * The rules of a lead's life: registered → transferred (with document number and date) →
 * acknowledged by the receiver → disposal reported (the feedback clock stops; 予以了结 concludes it)
 * → outcomes → concluded. Dates lie between the transfer and today. Party and government sanctions,
 * detention and handing to prosecutors follow only a case opened (立案审查调查).
 */
public final class LeadLifecycle {

    /** What the rules look at in a lead. */
    public record State(LeadStatus status, LocalDate transferredOn, LocalDate acknowledgedOn, Set<DisposalMethod> disposals) {
    }

    public record TransferInput(ReceiverKind receiverKind, String receiverName, String documentNumber, LocalDate transferredOn) {
    }

    public record AcknowledgeInput(LocalDate acknowledgedOn) {
    }

    public record DisposalInput(DisposalMethod method, LocalDate reportedOn, String note) {
    }

    public record OutcomeInput(OutcomeKind kind, SanctionGrade grade, Integer people, LocalDate decidedOn, String note) {
    }

    public record ConcludeInput(LocalDate concludedOn, String note) {
    }

    public static final int NOTE_MAX = 1000;
    public static final int RECEIVER_MAX = 100;
    public static final int DOCUMENT_MAX = 100;
    public static final int PEOPLE_MAX = 999;

    private LeadLifecycle() {
    }

    public static void transfer(State s, TransferInput in, LocalDate today) {
        require(s, "已登记的线索才能移交", "only a registered lead can be transferred", LeadStatus.REGISTERED);
        Checks checks = new Checks()
                .required("receiverKind", in.receiverKind(), "移交对象类别", "receiver kind")
                .check(in.receiverKind() == ReceiverKind.OTHER && blank(in.receiverName()), "receiverName", "required",
                        "移交其他部门时须写明部门名称", "name the department the lead goes to")
                .maxLength("receiverName", in.receiverName(), RECEIVER_MAX, "移交对象", "receiver")
                .required("documentNumber", in.documentNumber(), "移交文号", "document number")
                .maxLength("documentNumber", in.documentNumber(), DOCUMENT_MAX, "移交文号", "document number")
                .required("transferredOn", in.transferredOn(), "移交日期", "transfer date");
        Dates.past(checks, "transferredOn", in.transferredOn(), today, "移交日期", "the transfer date").throwIfInvalid();
    }

    public static void acknowledge(State s, AcknowledgeInput in, LocalDate today) {
        require(s, "线索已移交、尚未签收时才能签收", "only a transferred lead not yet acknowledged can be acknowledged", LeadStatus.TRANSFERRED);
        dated("acknowledgedOn", in.acknowledgedOn(), s.transferredOn(), today, "签收日期", "acknowledgment date").throwIfInvalid();
    }

    /** @return the status the lead moves to: concluded if the receiver closes it (予以了结), else being handled */
    public static LeadStatus disposal(State s, DisposalInput in, LocalDate today) {
        if (s.status() == LeadStatus.TRANSFERRED) {
            throw ApiException.conflict("not_acknowledged", "请先签收线索，再反馈处置情况", "Acknowledge the lead before reporting its disposal");
        }
        require(s, "线索已办结，不能再反馈处置情况", "the lead is concluded", LeadStatus.ACKNOWLEDGED, LeadStatus.DISPOSING);
        new Checks().required("method", in.method(), "处置方式", "disposal method")
                .maxLength("note", in.note(), NOTE_MAX, "说明", "note").throwIfInvalid();
        dated("reportedOn", in.reportedOn(), s.acknowledgedOn(), today, "反馈日期", "report date").throwIfInvalid();
        return in.method() == DisposalMethod.CLOSED ? LeadStatus.CONCLUDED : LeadStatus.DISPOSING;
    }

    public static void outcome(State s, OutcomeInput in, LocalDate today) {
        if (s.status() == LeadStatus.TRANSFERRED || s.status() == LeadStatus.ACKNOWLEDGED) {
            throw ApiException.conflict("no_disposal", "请先反馈处置方式，再反馈处理结果", "Report the disposal before its outcome");
        }
        require(s, "线索已办结，不能再反馈处理结果", "the lead is concluded", LeadStatus.DISPOSING);
        OutcomeKind kind = in.kind();
        SanctionGrade grade = in.grade();
        new Checks()
                .required("kind", kind, "处理结果类别", "outcome kind")
                .required("people", in.people(), "人数", "number of people")
                .range("people", in.people(), 1, PEOPLE_MAX, "人数", "number of people")
                .check(kind == OutcomeKind.PARTY_SANCTION && grade == null, "grade", "required",
                        "党纪处分须写明处分种类", "a Party sanction needs its grade")
                .check(kind != null && grade != null && grade.kind() != kind, "grade", "invalid",
                        "“" + (grade == null ? "" : grade.nameZh()) + "”不是" + (kind == null ? "" : kind.nameZh()) + "的种类",
                        "grade " + grade + " does not belong to " + kind)
                .maxLength("note", in.note(), NOTE_MAX, "说明", "note")
                .throwIfInvalid();
        dated("decidedOn", in.decidedOn(), s.transferredOn(), today, "决定日期", "decision date").throwIfInvalid();
        if (kind.needsCase() && !s.disposals().contains(DisposalMethod.CASE_INVESTIGATION)) {
            throw ApiException.conflict("no_case", kind.nameZh() + "须在立案审查调查之后反馈",
                    kind.nameEn() + " follows only a case opened for review and investigation");
        }
    }

    public static void conclude(State s, ConcludeInput in, LocalDate today) {
        if (s.status() != LeadStatus.DISPOSING) {
            throw ApiException.conflict("cannot_conclude", "反馈处置情况后才能办结（当前：" + s.status().nameZh() + "）",
                    "A lead is concluded after its disposal was reported (now: " + s.status().nameEn() + ")");
        }
        new Checks().maxLength("note", in.note(), NOTE_MAX, "说明", "note").throwIfInvalid();
        dated("concludedOn", in.concludedOn(), s.transferredOn(), today, "办结日期", "conclusion date").throwIfInvalid();
    }

    private static void require(State s, String zh, String en, LeadStatus... allowed) {
        for (LeadStatus a : allowed) {
            if (s.status() == a) {
                return;
            }
        }
        throw ApiException.conflict("wrong_status", zh + "（当前：" + s.status().nameZh() + "）", en + " (now: " + s.status().nameEn() + ")");
    }

    /** A required date not before {@code notBefore} and not after today. */
    private static Checks dated(String field, LocalDate date, LocalDate notBefore, LocalDate today, String zh, String en) {
        return Dates.past(new Checks().required(field, date, zh, en), field, date, today, zh, en)
                .check(date != null && notBefore != null && date.isBefore(notBefore), field, "out_of_range",
                        zh + "不能早于" + notBefore, en + " cannot be before " + notBefore);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
