package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.RoundRecord;

/** 会商研判 on key problems and leads; subject and conclusion are SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_consultation")
public class ConsultationEntity extends RoundRecord {

    @Column(name = "group_id")
    Long groupId;

    @Column(name = "subject", nullable = false, length = 1200)
    String subject;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "conclusion", length = 12400)
    String conclusion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_lt_consult_attendee", joinColumns = @JoinColumn(name = "consultation_id"))
    List<AttendeeValue> attendees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_lt_consult_item", joinColumns = @JoinColumn(name = "consultation_id"))
    List<ItemValue> items = new ArrayList<>();
}
