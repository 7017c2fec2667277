package org.xuncha.rectification.api;

/**
 * Permission ids of the module, one constant each. Default roles are given in the descriptor: the
 * office manages, the inspected unit's contact reports on its own ledger, the committee leaders and
 * the discipline and organisation departments read.
 */
public final class RectificationPermissions {

    /** Read ledgers, tasks, their history and handovers (a unit's contact: its own unit only). */
    public static final String READ = "rectification.read";
    /** The office's work: open ledgers, add and change tasks, approve or send back closures, receive reports, record handovers. */
    public static final String MANAGE = "rectification.manage";
    /** The unit's work on its ledger: measures and owners, progress reports, closure requests. */
    public static final String REPORT = "rectification.report";
    /**
     * Give an opinion in a joint review (三方联审): the discipline commission, the organisation
     * department and the office, each for its own party.
     */
    public static final String REVIEW = "rectification.review";
    /** Download a ledger as a spreadsheet. */
    public static final String EXPORT = "rectification.export";

    private RectificationPermissions() {
    }
}
