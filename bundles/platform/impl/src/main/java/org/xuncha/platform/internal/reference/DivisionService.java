package org.xuncha.platform.internal.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/** Divisions: the city and its counties, which every account's and record's data scope is made of. */
@Component(service = DivisionService.class)
public class DivisionService {

    private static final String READ = PlatformDescriptor.REFERENCE_READ;
    private static final String WRITE = PlatformDescriptor.REFERENCE_WRITE;

    private final ModuleStore db;
    private final EventAdmin events;

    @Activate
    public DivisionService(@Reference Store store, @Reference EventAdmin events) {
        this.db = store.db();
        this.events = events;
    }

    public List<Division> divisions(Caller caller) {
        caller.require(READ);
        return db.read(em -> em.createQuery("select d from DivisionEntity d order by d.code", DivisionEntity.class)
                .getResultList().stream().map(DivisionEntity::toValue).toList());
    }

    /**
     * The divisions list as the office files it (行政区划, Chinese headers, the page's columns), as
     * {@link #divisions} reads it; audited.
     */
    public byte[] export(Caller caller, SpreadsheetService spreadsheets) {
        List<Division> all = divisions(caller);
        Map<String, String> names = new HashMap<>();
        all.forEach(d -> names.put(d.code(), d.nameZh()));
        List<List<Object>> rows = new ArrayList<>();
        for (Division d : all) {
            rows.add(Arrays.asList(d.code(), d.nameZh(), d.nameEn(), d.level() == DivisionLevel.CITY ? "市" : "县（市、区）",
                    d.parentCode() == null ? null : names.getOrDefault(d.parentCode(), d.parentCode())));
        }
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet("行政区划", "行政区划（" + db.today() + "）",
                List.of("区划代码", "名称", "英文名称", "层级", "所属市"), rows)));
        db.audit(caller, AuditAction.EXPORT, "division", null, "导出行政区划 " + rows.size() + " 条");
        return xlsx;
    }

    public Optional<Division> division(Caller caller, String code) {
        caller.require(READ);
        if (code == null || !DivisionRules.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return db.read(em -> Optional.ofNullable(em.find(DivisionEntity.class, code)).map(DivisionEntity::toValue));
    }

    /** What a save did: the division as stored, and whether it was new. */
    record Saved(Division division, boolean created) {
    }

    /** Creates or updates the division with that code. */
    public Division save(Caller caller, Division d) {
        return saveTelling(caller, d).division();
    }

    /** {@link #save}, telling whether the division was created (the REST answer is then 201). */
    Saved saveTelling(Caller caller, Division d) {
        caller.require(WRITE);
        DivisionRules.check(Body.required(d)).throwIfInvalid();
        Saved saved;
        try {
            saved = write(caller, d);
        } catch (RuntimeException e) {
            if (!UniqueRace.possible(e)) {
                throw e;
            }
            // created by someone else meanwhile: saving again updates it, as a PUT does
            saved = write(caller, d);
        }
        // A new county widens its city's scope: signed-in callers must see it at once, hence sent, not posted.
        events.sendEvent(new Event(Events.SCOPE_CHANGED, Map.of(Events.MODULE, db.moduleId(), Events.ENTITY_ID, d.code(),
                Events.ACTOR, caller.username(), Events.TIMESTAMP, db.clock().millis())));
        return saved;
    }

    private Saved write(Caller caller, Division d) {
        return db.write(em -> {
            // scope before existence: an unknown parent outside the scope is refused, not looked up
            DivisionRules.checkScope(caller, d, Optional.ofNullable(em.find(DivisionEntity.class, d.code())).map(DivisionEntity::toValue).orElse(null));
            DivisionEntity parent = DivisionRules.blank(d.parentCode()) ? null : em.find(DivisionEntity.class, d.parentCode());
            DivisionRules.checkParent(new Checks(), d.parentCode(), parent == null ? null : parent.toValue()).throwIfInvalid();
            DivisionEntity e = em.find(DivisionEntity.class, d.code());
            boolean created = e == null;
            if (!created && d.level() == DivisionLevel.COUNTY) {
                long counties = em.createQuery("select count(d) from DivisionEntity d where d.parentCode = :c", Long.class)
                        .setParameter("c", d.code()).getSingleResult();
                if (counties > 0) {
                    throw ApiException.conflict("has_counties", "该区划下还有" + counties + "个县级区划，不能改为县级",
                            "The division still has " + counties + " counties; it cannot become a county");
                }
            }
            if (created) {
                e = new DivisionEntity(d.code());
                e.apply(d);
                em.persist(e);
            } else {
                e.apply(d);
            }
            db.audit(em, caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "division", d.code(),
                    (created ? "新增区划 " : "修改区划 ") + d.code());
            return new Saved(e.toValue(), created);
        });
    }

    /** The division codes a caller of this division sees: itself and, for a city, its counties. */
    public Set<String> visibleDivisions(String divisionCode) {
        if (divisionCode == null) {
            return Set.of();
        }
        return db.read(em -> {
            Set<String> codes = new HashSet<>();
            codes.add(divisionCode);
            codes.addAll(em.createQuery("select d.code from DivisionEntity d where d.parentCode = :c", String.class)
                    .setParameter("c", divisionCode).getResultList());
            return codes;
        });
    }

    /** Whether a division with this code exists, inside a running unit of work. */
    static boolean exists(EntityManager em, String code) {
        return code != null && DivisionRules.CODE.matcher(code).matches() && em.find(DivisionEntity.class, code) != null;
    }
}
