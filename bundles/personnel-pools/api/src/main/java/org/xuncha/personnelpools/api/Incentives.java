package org.xuncha.personnelpools.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The incentives of inspection work: 双历认定 (a stint counts as both grass-roots and supervision
 * experience: one record per person per round, issued by the office) and 单独评优 (a separate
 * excellence quota per round: group leaders nominate, the office approves, the approved are the
 * published list).
 */
public final class Incentives {

    public static final int REASON_MAX = 500;
    public static final int NOTE_MAX = 500;

    private Incentives() {
    }

    /** A 双历认定 record. */
    public record DualRecord(long id, long roundId, String roundName, long personId, String personName, String groupName, String divisionCode,
                             String issuedBy, LocalDateTime issuedAt) {
    }

    /**
     * The office issues 双历认定 for a round.
     *
     * @param roundId   required
     * @param personIds who served in the round; absent or empty: everyone who served and has none yet
     */
    public record DualIssue(Long roundId, List<Long> personIds) {
    }

    public enum NominationStatus {
        PENDING("待审批", "pending"), APPROVED("已批准", "approved"), REJECTED("未批准", "rejected");

        private final String nameZh;
        private final String nameEn;

        NominationStatus(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** A 单独评优 nomination. */
    public record Nomination(long id, long roundId, long personId, String personName, String groupName, String reason, NominationStatus status,
                             String nominatedBy, LocalDateTime nominatedAt, String decidedBy, LocalDateTime decidedAt, String decisionNote) {
    }

    /**
     * A nomination: the person must have served in the round (a group leader: in their own group).
     *
     * @param reason required, at most {@value Incentives#REASON_MAX} characters
     */
    public record NominationDraft(Long roundId, Long personId, String reason) {
    }

    /** The office's decision: {@code approve} required; {@code note} at most {@value Incentives#NOTE_MAX} characters. */
    public record Decision(Boolean approve, String note) {
    }
}
