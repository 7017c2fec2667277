package org.xuncha.interviews.api;

/** How a letter is handled; {@code note} is stored encrypted. */
public record LetterHandling(LetterDisposition disposition, String note, Long version) {
}
