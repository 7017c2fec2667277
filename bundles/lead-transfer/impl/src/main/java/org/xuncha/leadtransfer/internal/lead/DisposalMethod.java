package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/** How the receiver disposes of a lead (线索处置方式), as the discipline inspection rules name them. */
public enum DisposalMethod implements Labeled {
    TALK_INQUIRY("谈话函询", "talk or written inquiry"),
    PRELIMINARY_VERIFICATION("初步核实", "preliminary verification"),
    CASE_INVESTIGATION("立案审查调查", "case opened for review and investigation"),
    /** closes the lead */
    CLOSED("予以了结", "closed"),
    SHELVED("暂存待查", "shelved for later");

    private final String nameZh;
    private final String nameEn;

    DisposalMethod(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
