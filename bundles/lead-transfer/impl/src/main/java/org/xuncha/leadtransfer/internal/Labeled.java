package org.xuncha.leadtransfer.internal;

import java.util.Arrays;
import java.util.List;

/** A term of the module's vocabulary with its Chinese and English names, as the vocabulary endpoint lists it. */
public interface Labeled {

    String name();

    String nameZh();

    String nameEn();

    /** One entry of a vocabulary list. */
    record Term(String code, String nameZh, String nameEn) {
    }

    static List<Term> terms(Labeled[] values) {
        return Arrays.stream(values).map(v -> new Term(v.name(), v.nameZh(), v.nameEn())).toList();
    }
}
