/** REST conventions shared by all modules: one error model, validation, paging and sorting, permission annotations. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.platform.api.rest;
