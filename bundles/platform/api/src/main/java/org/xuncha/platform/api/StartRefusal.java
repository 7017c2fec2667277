package org.xuncha.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Why a part of the platform refused to start, e.g. the security bundle without its keys. The
 * bundle that refuses registers one as a service; while one is registered {@code /api/health}
 * answers 503 with status {@code REFUSED} and these messages, and every other {@code /api} request
 * 503 with the first one, so an operator sees the reason rather than a platform that never comes up.
 *
 * @since 1.1
 */
@ConsumerType
public interface StartRefusal {

    /** Machine-readable reason, e.g. {@code kek_missing}, {@code keys_missing}. */
    String code();

    String messageZh();

    String messageEn();
}
