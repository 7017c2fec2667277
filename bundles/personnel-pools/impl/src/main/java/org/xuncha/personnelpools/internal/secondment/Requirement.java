package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Something every group needs: one member with any of these specialties (e.g. 财务|审计).
 *
 * @param anyOf the specialties, any one of which fills it
 * @param text  as configured, e.g. {@code 财务|审计}
 */
public record Requirement(Set<String> anyOf, String text) {

    /** Reads the configuration's lines; a blank line is skipped. */
    public static List<Requirement> parse(String[] lines) {
        List<Requirement> out = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines) {
            List<String> names = line == null ? List.of() : Arrays.stream(line.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (!names.isEmpty()) {
                out.add(new Requirement(Set.copyOf(names), String.join("|", names)));
            }
        }
        return List.copyOf(out);
    }

    public boolean filledBy(Collection<String> specialties) {
        return specialties.stream().anyMatch(anyOf::contains);
    }
}
