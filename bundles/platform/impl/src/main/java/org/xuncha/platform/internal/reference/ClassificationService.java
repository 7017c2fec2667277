package org.xuncha.platform.internal.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/**
 * The three ways inspection targets are chosen (按领域、分板块、巡系统): the field, sector and system
 * values the units carry, for filters and forms.
 */
@Component(service = ClassificationService.class)
public class ClassificationService {

    /** Kind of classification to the unit attribute that holds it. */
    static final List<String> KINDS = List.of("field", "sector", "system");

    private final ModuleStore db;

    @Activate
    public ClassificationService(@Reference Store store) {
        this.db = store.db();
    }

    /** Distinct values in use by the units in the caller's scope, by kind, each list sorted. */
    public Map<String, List<String>> classifications(Caller caller) {
        caller.require(PlatformDescriptor.REFERENCE_READ);
        return db.read(em -> {
            Map<String, List<String>> result = new LinkedHashMap<>();
            for (String kind : KINDS) {
                result.put(kind, values(em, caller, kind));
            }
            return result;
        });
    }

    private static List<String> values(EntityManager em, Caller caller, String kind) {
        String select = "select distinct u." + kind + " from UnitEntity u where u." + kind + " is not null";
        if (caller.scope().allDivisions()) {
            return em.createQuery(select + " order by u." + kind, String.class).getResultList();
        }
        if (caller.scope().divisions().isEmpty()) {
            return List.of();
        }
        return em.createQuery(select + " and u.divisionCode in :d order by u." + kind, String.class)
                .setParameter("d", caller.scope().divisions()).getResultList();
    }
}
