package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.opt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.security.AccountProvisioning;
import org.xuncha.platform.api.security.Caller;

/** Accounts for the business roles, with the documented one-time password, through the platform's account provisioning. */
@Component(service = {}, enabled = false, immediate = true)
public class AccountsPart extends BasePart {

    private final AccountProvisioning accounts;

    @Activate
    public AccountsPart(@Reference DemoLoader loader, @Reference AccountProvisioning accounts) {
        super(loader, "accounts", "security", List.of(ReferencePart.ID));
        this.accounts = accounts;
        offer();
    }

    /** None of the demo's usernames is taken (the platform's own administrators always exist). */
    @Override
    public boolean isEmpty(Caller caller) {
        return loader().seeds().rows("accounts.csv").stream().noneMatch(a -> accounts.find(a.get("username")).isPresent());
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("accounts.csv");
        for (Map<String, String> a : rows) {
            String person = opt(a, "person_key");
            Set<String> roles = Arrays.stream(a.get("roles").split(";")).map(String::trim).collect(Collectors.toSet());
            accounts.create(caller, new AccountProvisioning.AccountRequest(a.get("username"), a.get("display_name"),
                    opt(a, "division_code"), person == null ? null : ids.id("person", person), roles, a.get("initial_password")));
        }
        return rows.size();
    }
}
