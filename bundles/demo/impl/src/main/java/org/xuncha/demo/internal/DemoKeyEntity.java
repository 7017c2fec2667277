package org.xuncha.demo.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The id a module gave to a record of the data set, under {@code kind:seed-key} (e.g. {@code person:P0001}). */
@Entity
@Table(name = "xc_demo_key")
public class DemoKeyEntity {

    @Id
    @Column(name = "seed_key", length = 80)
    String key;

    @Column(name = "target_id", nullable = false)
    long targetId;

    protected DemoKeyEntity() {
    }

    DemoKeyEntity(String key, long targetId) {
        this.key = key;
        this.targetId = targetId;
    }
}
