/**
 * The example module's API: notes on a unit. The template for new modules: the module archetype
 * generates a module from this one (docs/module-author-guide.md).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.xuncha.example.api;
