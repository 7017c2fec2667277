package org.xuncha.leadtransfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A term of the module's vocabulary (statuses, kinds, methods, grades...). The Chinese and English
 * names live together in {@code vocabulary.properties} ({@code <enum>.<constant> = 中文 | English}),
 * so that each enum lists only its constants and the vocabulary endpoint, the ledger, messages and
 * the console all name things alike.
 */
public interface Labeled {

    String name();

    default String nameZh() {
        return Names.of(this)[0];
    }

    default String nameEn() {
        return Names.of(this)[1];
    }

    /** One entry of a vocabulary list. */
    record Term(String code, String nameZh, String nameEn) {
    }

    static List<Term> terms(Labeled[] values) {
        return Arrays.stream(values).map(v -> new Term(v.name(), v.nameZh(), v.nameEn())).toList();
    }

    /** The names, read once. */
    final class Names {

        private static final Properties NAMES = load();

        private Names() {
        }

        static String[] of(Labeled term) {
            String key = ((Enum<?>) term).getDeclaringClass().getSimpleName() + "." + term.name();
            String value = NAMES.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("no names for " + key + " in vocabulary.properties");
            }
            String[] names = value.split("\\s*\\|\\s*", 2);
            return names.length == 2 ? names : new String[] {names[0], names[0]};
        }

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Labeled.class.getResourceAsStream("vocabulary.properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
