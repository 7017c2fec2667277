package org.xuncha.personnelpools.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console page (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/personnel-pools/}); the registration goes with the bundle when it is removed.
 */
@Component(service = PersonnelPoolsUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/personnel-pools/*", prefix = "/ui/modules/personnel-pools")
public class PersonnelPoolsUi {
}
