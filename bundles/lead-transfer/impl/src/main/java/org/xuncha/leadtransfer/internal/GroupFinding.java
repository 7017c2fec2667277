package org.xuncha.leadtransfer.internal;

import java.time.LocalDateTime;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.api.Source;

/** What a group found at one of its target units, a problem or a lead: where it came from, its category, whether it concerns the top leader. */
@MappedSuperclass
public abstract class GroupFinding extends RoundRecord {

    /** Sources of findings brought in from other bodies (巡纪审联动): raising those needs the finding-import permission. */
    public static final Set<Source> BROUGHT_IN = Set.of(Source.AUDIT, Source.DISCIPLINE);

    /** The permission to raise a problem or lead from this source: {@code ordinary}, or finding import for audit and discipline findings. */
    public static String permissionToRaise(Source source, String ordinary) {
        return BROUGHT_IN.contains(source) ? LeadTransferPermissions.FINDING_IMPORT : ordinary;
    }

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "category", length = 40)
    public String category;

    @Column(name = "top_leader", nullable = false)
    public boolean topLeader;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    public Source source;

    @Column(name = "source_ref", length = 200)
    public String sourceRef;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Places a new finding: the round's placement, made now by {@code username}. */
    public void place(Placement at, String username, LocalDateTime now) {
        place(at.divisionCode(), at.termId(), at.roundId(), username, now);
        this.groupId = at.groupId();
        this.unitId = at.unitId();
        this.updatedAt = now;
    }
}
