package org.xuncha.platform.api.security;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates accounts for platform processes rather than people: the demo loader today, a directory
 * synchronisation later. Because it both creates an account and gives it roles, it needs the
 * system administrator's {@code security.users.manage} and the security administrator's
 * {@code security.roles.manage} at once, which no person holds under the separation of duties
 * (三员分立): in practice only {@link Caller#system(String)} may call it. The account must change
 * its password at first sign-in; every creation is audited.
 */
@ProviderType
public interface AccountProvisioning {

    /**
     * An account to create.
     *
     * @param username        login name (letters, digits, {@code . _ -}, starting with a letter)
     * @param displayName     name shown in the UI
     * @param divisionCode    the division the account belongs to; null for none (sees every division)
     * @param personId        the reference-data person the account is, may be null
     * @param roles           built-in role ids ({@link Roles}); an administrator role stands alone
     * @param initialPassword the one-time password, checked against the password policy
     */
    record AccountRequest(String username, String displayName, String divisionCode, Long personId, Set<String> roles,
                          String initialPassword) {

        public AccountRequest {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    /**
     * Creates the account with its roles in one transaction.
     *
     * @return the new account's id
     * @throws org.xuncha.platform.api.rest.ApiException 403 without both permissions, 400 for a taken
     *         username, an unknown role, a forbidden role combination or a password the policy refuses
     */
    long create(Caller caller, AccountRequest request);

    /** The id of the account with this username, if there is one. */
    Optional<Long> find(String username);
}
