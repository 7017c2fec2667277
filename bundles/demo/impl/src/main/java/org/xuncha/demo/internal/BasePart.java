package org.xuncha.demo.internal;

import java.util.List;

import org.osgi.service.component.annotations.Deactivate;

/** What every part component shares: its identity, and offering itself to the loader while it is active. */
abstract class BasePart implements DemoPart {

    private final DemoLoader loader;
    private final String id;
    private final String module;
    private final List<String> after;

    BasePart(DemoLoader loader, String id, String module, List<String> after) {
        this.loader = loader;
        this.id = id;
        this.module = module;
        this.after = List.copyOf(after);
    }

    /** The subclass's constructor calls this last, once its own fields are set. */
    final void offer() {
        loader.offer(this);
    }

    @Deactivate
    void deactivate() {
        loader.withdraw(this);
    }

    DemoLoader loader() {
        return loader;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public List<String> after() {
        return after;
    }
}
