package org.xuncha.platform.internal.rest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xuncha.platform.api.StartRefusal;

/**
 * The reasons parts of the platform refused to start (the security bundle without its keys), as
 * their bundles registered them: {@link ApiDispatcher} answers with them while the platform's own
 * server cannot come up.
 */
@Component(service = StartRefusals.class)
public class StartRefusals {

    private final List<StartRefusal> refusals = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(StartRefusal refusal) {
        refusals.add(refusal);
    }

    void remove(StartRefusal refusal) {
        refusals.remove(refusal);
    }

    public List<StartRefusal> current() {
        return List.copyOf(refusals);
    }
}
