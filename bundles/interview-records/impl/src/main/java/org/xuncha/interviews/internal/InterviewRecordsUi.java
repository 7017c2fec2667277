package org.xuncha.interviews.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console pages (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/interview-records/}). The registration comes and goes with the bundle, so
 * installing or removing the module adds or removes the pages.
 */
@Component(service = InterviewRecordsUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/interview-records/*", prefix = "/ui/modules/interview-records")
public class InterviewRecordsUi {
}
