package org.xuncha.interviews.api;

/** A file to send to the client. */
public record Download(String filename, String contentType, byte[] content) {
}
