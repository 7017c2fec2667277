package org.xuncha.example.api;

/**
 * Permission ids of the module, one constant each, for the descriptor, the resources, the pages
 * and any module that calls this one. Default roles are given in the descriptor.
 */
public final class ExamplePermissions {

    /** Read notes. */
    public static final String READ = "example.notes.read";
    /** Add notes. */
    public static final String WRITE = "example.notes.write";

    private ExamplePermissions() {
    }
}
