package org.xuncha.platform.security.internal.account;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.AccountProvisioning;
import org.xuncha.platform.api.security.Caller;

/** {@link AccountProvisioning} for other bundles, on the account service. */
@Component(service = AccountProvisioning.class)
public class AccountProvisioner implements AccountProvisioning {

    private final AccountService accounts;

    @Activate
    public AccountProvisioner(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public long create(Caller caller, AccountRequest request) {
        return accounts.provision(caller, request);
    }

    @Override
    public Optional<Long> find(String username) {
        return accounts.idOf(username);
    }
}
