package org.xuncha.evaluation.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console pages (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/evaluation/}) at {@code /ui/modules/evaluation/}. While the module is installed this
 * pattern wins over the console's {@code /ui/*}; when it is removed the registration goes with the
 * bundle and the console takes the page out of the menu.
 */
@Component(service = EvaluationUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/evaluation/*", prefix = "/ui/modules/evaluation")
public class EvaluationUi {
}
