package org.xuncha.rectification.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console page (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/rectification/}) at {@code /ui/modules/rectification/}.
 */
@Component(service = RectificationUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/rectification/*", prefix = "/ui/modules/rectification")
public class RectificationUi {
}
