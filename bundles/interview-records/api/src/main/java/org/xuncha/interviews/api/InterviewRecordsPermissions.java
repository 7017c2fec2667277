package org.xuncha.interviews.api;

/**
 * Permission ids of the interview-records module. Default roles: the group roles work on their own
 * groups' plans, records and letters; the office leader reads them; the office maintains the outline
 * library; the security auditor sees only the audit trail of these reads, never the content.
 */
public final class InterviewRecordsPermissions {

    /** Read outline templates and the topic library. */
    public static final String TEMPLATE_READ = "interview-records.template.read";
    /** Maintain outline templates. */
    public static final String TEMPLATE_WRITE = "interview-records.template.write";
    /** Read interview plans and the mandatory-topic check. */
    public static final String PLAN_READ = "interview-records.plan.read";
    /** Make and change interview plans. */
    public static final String PLAN_WRITE = "interview-records.plan.write";
    /** Read interview records (content included; every read is audited). */
    public static final String RECORD_READ = "interview-records.record.read";
    /** Write, sign off and correct interview records, raise problems and leads from them. */
    public static final String RECORD_WRITE = "interview-records.record.write";
    /** Read letters and visits (content included; every read is audited). */
    public static final String LETTER_READ = "interview-records.letter.read";
    /** Register and handle letters and visits. */
    public static final String LETTER_WRITE = "interview-records.letter.write";
    /** Compile, read and export the top-leader dossier (audited). */
    public static final String DOSSIER_READ = "interview-records.dossier.read";
    /** Dashboard figures (counts only, no content). */
    public static final String STATISTICS = "interview-records.statistics";

    private InterviewRecordsPermissions() {
    }
}
