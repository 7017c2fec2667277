package org.xuncha.platform.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the console's static files from this bundle's {@code /webroot/ui}: the shell
 * ({@code /ui/shell/}), the shared libraries ({@code /ui/lib/}) and the platform's own pages
 * ({@code /ui/modules/platform/}, {@code /ui/modules/security/}). A module bundle registers its own,
 * longer pattern {@code /ui/modules/<id>/*}, which wins over this one while the module is installed;
 * once it is gone its files fall through to here and are not found.
 */
@Component(service = ConsoleResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/webroot/ui")
public class ConsoleResources {
}
