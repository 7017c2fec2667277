package org.xuncha.evaluation.internal.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.documents.DocumentParameters;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;

/**
 * What both notices share: the round parameter, dates and numbers written the Chinese way, and the
 * names of the units and group leaders they cite. Names are looked up as the system: the caller has
 * already been allowed to read the ranking or assessment that refers to them, and office staff who
 * write a notice need not hold the permission to browse reference data.
 */
@Component(service = Notices.class)
public class Notices {

    private static final Caller LOOKUP = Caller.system("evaluation-notice");

    private final ReferenceDataService reference;

    @Activate
    public Notices(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** Unit names by id; an id unknown to reference data is named by its number. */
    public Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, Unit> found = ids.isEmpty() ? Map.of() : reference.units(LOOKUP, ids);
        HashMap<Long, String> names = new HashMap<>();
        ids.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).name() : "单位" + id));
        return names;
    }

    /** Person names by id, leaving out unknown ids. */
    public Map<Long, String> personNames(Collection<Long> ids) {
        Map<Long, Person> found = ids.isEmpty() ? Map.of() : reference.persons(LOOKUP, ids);
        HashMap<Long, String> names = new HashMap<>();
        found.forEach((id, p) -> names.put(id, p.name()));
        return names;
    }

    /** The {@code roundId} parameter: a positive whole number, else a 400 on the field. */
    static long roundId(Map<String, String> parameters) {
        return id(parameters, "roundId", "巡察轮次", "round");
    }

    /** The id parameter {@code field}: a positive whole number, else a 400 on the field. */
    static long id(Map<String, String> parameters, String field, String whatZh, String whatEn) {
        return DocumentParameters.id(parameters, field, whatZh, whatEn);
    }

    static String date(LocalDate d) {
        return DocumentParameters.date(d);
    }

    /** A total or score as the notice prints it: one decimal, none when whole (90 → 90, 87.5 → 87.5). */
    static String points(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** 1 → 一, 12 → 十二, 23 → 二十三 (numbers up to 99, as rounds and headings need). */
    static String chinese(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : d[n / 10]) + "十" + (n % 10 == 0 ? "" : d[n % 10]);
        }
        return String.valueOf(n);
    }
}
