package org.xuncha.platform.documents.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A document issued (印发) with its 文号; the file itself is kept apart, in xc_documents_file. */
@Entity
@Table(name = "xc_documents_issued")
public class IssuedEntity {

    static final int SUBJECT_MAX = 200;
    static final int FILENAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "xc_documents_issued_seq", sequenceName = "xc_documents_issued_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_documents_issued_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "kind", nullable = false, length = 80)
    String kind;

    @Column(name = "kind_name", nullable = false, length = 100)
    String kindName;

    /** The kind's parameters (record ids such as {@code roundId=12}), never content. */
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    String subject;

    @Column(name = "year_no", nullable = false)
    int year;

    @Column(name = "seq", nullable = false)
    int seq;

    @Column(name = "number_text", nullable = false, length = 100)
    String number;

    @Column(name = "filename", nullable = false, length = FILENAME_MAX)
    String filename;

    @Column(name = "format", nullable = false, length = 8)
    String format;

    @Column(name = "template_version", nullable = false)
    int templateVersion;

    @Column(name = "size_bytes", nullable = false)
    long size;

    @Column(name = "issued_at", nullable = false)
    LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    String issuedBy;
}
