package org.xuncha.leadtransfer.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves this module's web-console pages (built from {@code src/main/ui} into the bundle's
 * {@code /ui/modules/lead-transfer/}). The registration lives and dies with the bundle, so removing
 * the module takes its pages out of the console.
 */
@Component(service = LeadTransferUi.class)
@HttpWhiteboardResource(pattern = "/ui/modules/lead-transfer/*", prefix = "/ui/modules/lead-transfer")
public class LeadTransferUi {
}
