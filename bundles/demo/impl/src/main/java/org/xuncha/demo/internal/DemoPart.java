package org.xuncha.demo.internal;

import java.util.List;

import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.security.Caller;

/**
 * One module's part of the data set. Each part is a DS component that exists only while its
 * module's service is there (a mandatory reference to it) and demo mode is on (parts are disabled
 * components the loader enables); it offers itself to the {@link DemoLoader} when it activates.
 * To add a module's part: write a part like {@link ExampleNotesPart} against the module's write
 * service, list it in {@link DemoLoader#PARTS}, and add the module's API package to the bundle's
 * {@code DynamicImport-Package}.
 */
public interface DemoPart {

    /** Part id, e.g. {@code reference}. */
    String id();

    /** The module the data goes into, e.g. {@code platform}. */
    String module();

    /** Parts that must be loaded before this one (e.g. everything needs {@code reference}). */
    List<String> after();

    /** Whether the module holds no data yet: a part is loaded only into an empty module. */
    boolean isEmpty(Caller caller);

    /** Loads the part through the module's services; returns the number of records created. */
    int load(Seeds seeds, Caller caller, DemoIds ids);
}
