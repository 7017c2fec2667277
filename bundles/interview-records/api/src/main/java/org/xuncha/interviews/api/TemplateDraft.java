package org.xuncha.interviews.api;

import java.util.List;
import java.util.Set;

/** A new or changed outline template; {@code version} only when updating. */
public record TemplateDraft(String name, String description, Set<IntervieweeCategory> categories, List<Topic> topics,
                            Long version) {
}
