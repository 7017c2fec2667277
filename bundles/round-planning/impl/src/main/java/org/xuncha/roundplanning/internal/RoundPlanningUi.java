package org.xuncha.roundplanning.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console pages (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/round-planning/}) at {@code /ui/modules/round-planning/}. The registration comes
 * and goes with the bundle, so installing or removing the module adds or removes its pages.
 */
@Component(service = RoundPlanningUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/round-planning/*", prefix = "/ui/modules/round-planning")
public class RoundPlanningUi {
}
