package org.xuncha.personnelpools.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xuncha.roundplanning.api.GroupRole;

/**
 * A person drafted (抽调) from the pools into a round.
 *
 * @param id            id
 * @param roundId       the round
 * @param groupId       the group, may be null (drafted for the round, group not yet formed)
 * @param personId      the person
 * @param personName    their name
 * @param role          their role in the group
 * @param divisionCode  the round's division
 * @param fieldStart    the round's fieldwork, as it was when drafted
 * @param fieldEnd      idem
 * @param exceptions    the findings waived, with the justification
 * @param justification why the findings were waived, null when there were none
 * @param createdBy     who drafted
 * @param createdAt     when
 */
public record Secondment(long id, long roundId, Long groupId, long personId, String personName, GroupRole role, String divisionCode,
                         LocalDate fieldStart, LocalDate fieldEnd, List<Finding> exceptions, String justification,
                         String createdBy, LocalDateTime createdAt) {

    public Secondment {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /**
     * A secondment as the office asks for it.
     *
     * @param roundId       required
     * @param groupId       the group of the round, may be null
     * @param personId      required; must be in a pool of the caller's scope
     * @param role          required
     * @param waive         codes of the rules to make an exception to (needs the approve permission)
     * @param justification required with {@code waive}, at most {@value #JUSTIFICATION_MAX} characters
     */
    public record Draft(Long roundId, Long groupId, Long personId, GroupRole role, List<String> waive, String justification) {

        public static final int JUSTIFICATION_MAX = 500;
    }
}
