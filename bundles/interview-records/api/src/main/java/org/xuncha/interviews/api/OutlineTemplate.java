package org.xuncha.interviews.api;

import java.util.List;
import java.util.Set;

/**
 * A reusable interview outline from the template library.
 *
 * @param id          id
 * @param name        e.g. 一把手谈话提纲
 * @param description what it is for, may be null
 * @param categories  the interviewee categories it suits (for choosing it in a plan)
 * @param topics      its topics, in order
 * @param builtIn     shipped with the module; copy it to change it
 * @param version     optimistic-lock version; send back what you read when updating
 */
public record OutlineTemplate(long id, String name, String description, Set<IntervieweeCategory> categories,
                              List<Topic> topics, boolean builtIn, long version) {

    public OutlineTemplate {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public boolean coversMandatoryTopic() {
        return topics.stream().anyMatch(Topic::mandatory);
    }
}
