/** REST conventions shared by all modules: one application per module, one error model, validation, paging and sorting, permission annotations. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.xuncha.platform.api.rest;
