package org.xuncha.interviews.api;

/** An interviewer and whether they signed. */
public record Signature(long personId, SignatureStatus status) {
}
