package org.xuncha.rectification.internal.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.rectification.api.RectificationPermissions;

/** The rules of 三方联审: who speaks for which party, and no conclusion before all three have spoken. */
public final class JointReviewRules {

    public static final int OPINION_MAX = 1000;
    static final Map<String, String> SORT = Map.of("id", "r.id", "heldOn", "r.heldOn");

    /** The three parties of a joint review. */
    public enum Party {
        /** 纪委监委: speaks through an account of the discipline commission. */
        DISCIPLINE("纪委监委", "Discipline commission", "discipline_opinion"),
        /** 组织部: speaks through an account of the organisation department. */
        ORGANISATION("组织部", "Organisation department", "organisation_opinion"),
        /** 巡察办: speaks through an account that manages rectification. */
        OFFICE("巡察办", "Inspection office", "office_opinion");

        private final String nameZh;
        private final String nameEn;
        private final String column;

        Party(String nameZh, String nameEn, String column) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.column = column;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }

        String column() {
            return column;
        }
    }

    /** The combined conclusion. */
    public enum Conclusion {
        /** 整改到位: the unit's rectification is accepted. */
        ACCEPTED("整改到位", "Rectification accepted"),
        /** 继续整改: not yet, the unit goes on. */
        CONTINUE("继续整改", "Rectification to continue");

        private final String nameZh;
        private final String nameEn;

        Conclusion(String nameZh, String nameEn) {
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

    private JointReviewRules() {
    }

    /** A review is held on a day after feedback. */
    static void checkOpen(LocalDate heldOn, LocalDate feedback) {
        new Checks().required("heldOn", heldOn, "联审日期", "review day")
                .check(heldOn != null && heldOn.isBefore(feedback), "heldOn", "before_feedback", "联审日期不能早于反馈日期 " + feedback,
                        "The review day must not be before feedback on " + feedback)
                .throwIfInvalid();
    }

    static void checkOpinion(Party party, String opinion) {
        new Checks().required("party", party, "联审方", "party").required("opinion", trim(opinion), "意见", "opinion")
                .maxLength("opinion", trim(opinion), OPINION_MAX, "意见", "opinion").throwIfInvalid();
    }

    /**
     * Whether the caller speaks for the party: the discipline commission's and the organisation
     * department's accounts for their own, the office (who manages rectification) for itself.
     */
    static boolean speaksFor(Caller caller, Party party) {
        return switch (party) {
            case DISCIPLINE -> caller.hasRole(Roles.DISCIPLINE_COMMISSION);
            case ORGANISATION -> caller.hasRole(Roles.ORGANISATION_DEPT);
            case OFFICE -> caller.has(RectificationPermissions.MANAGE);
        };
    }

    static ApiException wrongParty(Party party) {
        return new ApiException(403, "wrong_party", "您不能代表" + party.nameZh() + "发表联审意见",
                "You cannot give the opinion of the " + party.nameEn());
    }

    /** The parties that have not given their opinion yet, in order. */
    static List<Party> missing(JointReviewEntity r) {
        List<Party> missing = new ArrayList<>();
        if (r.disciplineOpinion == null) {
            missing.add(Party.DISCIPLINE);
        }
        if (r.organisationOpinion == null) {
            missing.add(Party.ORGANISATION);
        }
        if (r.officeOpinion == null) {
            missing.add(Party.OFFICE);
        }
        return missing;
    }

    /** A conclusion needs all three opinions and a conclusion; its text is optional. */
    static void checkConclusion(JointReviewEntity r, Conclusion conclusion, String text) {
        new Checks().required("conclusion", conclusion, "联审结论", "conclusion")
                .maxLength("text", trim(text), OPINION_MAX, "结论说明", "text").throwIfInvalid();
        List<Party> missing = missing(r);
        if (!missing.isEmpty()) {
            throw ApiException.conflict("opinions_missing", "三方意见未齐，尚缺：" + String.join("、", missing.stream().map(Party::nameZh).toList()),
                    "Not every party has given its opinion; missing: " + String.join(", ", missing.stream().map(Party::nameEn).toList()));
        }
    }

    static void requireOpen(JointReviewEntity r) {
        if (r.conclusion != null) {
            throw ApiException.conflict("review_concluded", "该联审已作出结论，不能再修改", "The joint review is concluded and cannot be changed");
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
