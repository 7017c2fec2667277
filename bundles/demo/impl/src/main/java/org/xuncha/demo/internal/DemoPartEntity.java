package org.xuncha.demo.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One part of the data set and what became of it. */
@Entity
@Table(name = "xc_demo_part")
public class DemoPartEntity {

    @Id
    @Column(name = "part", length = 40)
    String part;

    @Column(name = "module", nullable = false, length = 40)
    String module;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "rows_loaded", nullable = false)
    int rows;

    @Column(name = "millis", nullable = false)
    long millis;

    @Column(name = "finished_at", nullable = false)
    LocalDateTime finishedAt;

    @Column(name = "message", length = 500)
    String message;
}
