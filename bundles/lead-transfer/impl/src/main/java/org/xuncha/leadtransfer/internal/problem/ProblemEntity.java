package org.xuncha.leadtransfer.internal.problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/** 问题底稿. The description is stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_problem")
public class ProblemEntity extends GroupFinding {

    @Column(name = "round_start", nullable = false)
    LocalDate roundStart;

    @Column(name = "description", nullable = false, length = 24000)
    String description;

    @Column(name = "leading_group", nullable = false)
    boolean leadingGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    ProblemStatus status;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    /** Where the problem is in its approval (a lead is raised from an approved one). */
    public ProblemStatus status() {
        return status;
    }

    /** The problem if it exists (404) and the caller's scope covers its division and group (403 otherwise). */
    public static ProblemEntity visible(EntityManager em, Caller caller, long id) {
        ProblemEntity p = em.find(ProblemEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("问题底稿", "problem", id);
        }
        if (!caller.scope().coversDivision(p.divisionCode) || !caller.scope().coversGroup(p.groupId)) {
            throw ApiException.outOfScope();
        }
        return p;
    }

    /**
     * Problems an input lists (e.g. a consultation's): each must exist in the round (400 on
     * {@code field} otherwise) and be in the caller's scope (403 naming the field otherwise).
     */
    public static void requireListed(EntityManager em, Caller caller, String field, Collection<Long> ids, long roundId) {
        if (ids.isEmpty()) {
            return;
        }
        List<ProblemEntity> found = em.createQuery("select p from ProblemEntity p where p.id in :ids and p.roundId = :r", ProblemEntity.class)
                .setParameter("ids", ids).setParameter("r", roundId).getResultList();
        if (found.size() != ids.size()) {
            throw ApiException.validation(List.of(new FieldError(field, "not_found", "所列问题不存在或不属于本轮巡察",
                    "a problem listed does not exist or belongs to another round")));
        }
        if (!found.stream().allMatch(p -> caller.scope().coversDivision(p.divisionCode) && caller.scope().coversGroup(p.groupId))) {
            throw Rounds.outOfScope(field, "所列问题中有超出您数据范围的", "a problem listed is outside your scope");
        }
    }

    /** The visible problem, if the group may still change it (409 once submitted). */
    static ProblemEntity editable(EntityManager em, Caller caller, long id) {
        ProblemEntity p = visible(em, caller, id);
        if (!p.status.editable()) {
            throw ApiException.conflict("not_editable", "问题底稿已报送（" + p.status.nameZh() + "），不能修改",
                    "The problem was submitted (" + p.status.nameEn() + ") and cannot be changed");
        }
        return p;
    }
}
