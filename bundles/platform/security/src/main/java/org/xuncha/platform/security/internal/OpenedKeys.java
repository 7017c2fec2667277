package org.xuncha.platform.security.internal;

import org.xuncha.platform.security.internal.crypto.KeyCustody;
import org.xuncha.platform.security.internal.crypto.KeyDirectory;

/**
 * The installation's keys, opened with the key-encryption secret and checked against what the
 * database needs: registered by {@link KeyOpening} once they are, and what {@link SecuritySetup}
 * (so every service of the security bundle) waits for.
 */
public record OpenedKeys(KeyDirectory directory, KeyCustody custody) {
}
