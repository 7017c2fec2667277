package org.xuncha.leadtransfer.internal;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.SequenceGenerator;

/** Every table of the module takes its ids from one sequence, in blocks of 50. */
@MappedSuperclass
public abstract class Sequenced {

    @Id
    @SequenceGenerator(name = "xc_lt_seq", sequenceName = "xc_lt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_lt_seq")
    public Long id;
}
