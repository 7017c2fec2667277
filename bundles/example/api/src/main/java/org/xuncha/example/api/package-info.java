/** The example module's API: notes on a unit. Copy this module to start a new one. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.example.api;
