package org.xuncha.roundplanning.internal.deadline;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Time limits of the stages and the overdue check (PID {@code org.xuncha.roundplanning}); changes apply at once. */
@ObjectClassDefinition(name = "xuncha round planning", description = "巡察轮次阶段时限 / stage time limits")
public @interface RoundPlanningConfig {

    String PID = "org.xuncha.roundplanning";

    @AttributeDefinition(description = "Days from entry (进驻) to the start of fieldwork (了解)")
    int entryDays() default 7;

    @AttributeDefinition(description = "Days of fieldwork, from entry to the end of fieldwork (报告)")
    int fieldworkDays() default 40;

    @AttributeDefinition(description = "Days from the end of fieldwork (报告) to feedback (反馈)")
    int reportDays() default 30;

    @AttributeDefinition(description = "Days from feedback (反馈) to the transfer of problems and leads (移交)")
    int feedbackDays() default 15;

    @AttributeDefinition(description = "Days from transfer (移交) to the start of rectification (整改)")
    int transferDays() default 30;

    @AttributeDefinition(description = "Months from feedback to the rectification assessment (评估)")
    int rectificationMonths() default 3;

    @AttributeDefinition(description = "Months from feedback within which each unit's rectification report is due")
    int rectificationReportMonths() default 2;

    @AttributeDefinition(description = "Days from the start of the assessment (评估) to archiving (归档)")
    int assessmentDays() default 30;

    @AttributeDefinition(description = "Seconds between two checks for overdue items (each overdue item raises one event)")
    int overdueCheckSeconds() default 900;
}
