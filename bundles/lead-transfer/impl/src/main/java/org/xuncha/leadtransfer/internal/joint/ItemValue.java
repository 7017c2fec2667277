package org.xuncha.leadtransfer.internal.joint;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** A problem or lead a consultation discussed. */
@Embeddable
public class ItemValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 10)
    ItemType type;

    @Column(name = "item_id", nullable = false)
    long itemId;

    public ItemValue() {
    }

    ItemValue(ItemType type, long itemId) {
        this.type = type;
        this.itemId = itemId;
    }
}
