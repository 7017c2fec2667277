package org.xuncha.interviews.api;

/**
 * What was said on one topic of the outline. Stored encrypted.
 *
 * @param topicCode  the topic's code, may be null for remarks outside the outline
 * @param topicTitle the topic
 * @param text       what was said
 */
public record Section(String topicCode, String topicTitle, String text) {
}
