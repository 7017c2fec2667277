package org.xuncha.platform.api.reference;

/** Administrative level of a division. */
public enum DivisionLevel {
    /** 市 */
    CITY,
    /** 县（市、区） */
    COUNTY
}
