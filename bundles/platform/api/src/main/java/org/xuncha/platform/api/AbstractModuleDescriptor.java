package org.xuncha.platform.api;

import java.util.Objects;

import org.osgi.framework.BundleContext;

/**
 * What every {@link ModuleDescriptor} has the same way: an id, two names and a level fixed by the
 * module, the version of the bundle that registers the descriptor, and pages served from the
 * module's own page script. A module's descriptor extends it and says what is its own: permissions,
 * pages and figures.
 *
 * <pre>
 * &#64;Component(service = ModuleDescriptor.class)
 * public class SampleDescriptor extends AbstractModuleDescriptor {
 *     &#64;Activate
 *     public SampleDescriptor(BundleContext context) {
 *         super(context, SampleEvents.MODULE, "样例模块", "Sample module", ModuleLevel.BOTH);
 *     }
 *     ...
 * }
 * </pre>
 */
public abstract class AbstractModuleDescriptor implements ModuleDescriptor {

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String version;
    private final ModuleLevel level;

    /** For the descriptor component of a module: its version is that of the bundle whose context is given. */
    protected AbstractModuleDescriptor(BundleContext context, String id, String nameZh, String nameEn, ModuleLevel level) {
        this(id, nameZh, nameEn, context.getBundle().getVersion().toString(), level);
    }

    /** With the version given (a descriptor built outside OSGi, e.g. in a test). */
    protected AbstractModuleDescriptor(String id, String nameZh, String nameEn, String version, ModuleLevel level) {
        this.id = Objects.requireNonNull(id, "id");
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.version = Objects.requireNonNull(version, "version");
        this.level = Objects.requireNonNull(level, "level");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameZh() {
        return nameZh;
    }

    @Override
    public final String nameEn() {
        return nameEn;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final ModuleLevel level() {
        return level;
    }

    /** The URL of the module's page script, which its bundle serves: {@code /ui/modules/<id>/index.js}. */
    protected final String script() {
        return "/ui/modules/" + id + "/index.js";
    }

    /** A menu entry for a page of the module's own {@linkplain #script() page script}. */
    protected final UiEntry page(String entryId, String titleZh, String titleEn, String route, String permission, int order, String icon) {
        return new UiEntry(entryId, titleZh, titleEn, route, script(), permission, order, icon);
    }
}
