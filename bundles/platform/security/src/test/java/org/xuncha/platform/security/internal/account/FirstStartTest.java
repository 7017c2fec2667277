package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.security.Roles;

/** The first start: three administrators, each alone in their role, with one-time passwords in a private file. */
class FirstStartTest {

    @TempDir
    Path dir;

    @Test
    void theThreeAdministratorsAreMadeOnceWithPasswordsOnlyTheServerHolds() throws Exception {
        try (AccountFixture f = new AccountFixture(dir)) {
            List<String> lines = Files.readAllLines(f.credentials);
            assertThat(lines).filteredOn(l -> !l.startsWith("#")).extracting(l -> l.substring(0, l.indexOf('=')))
                    .containsExactly("sysadmin", "secadmin", "auditor");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f.credentials))).isEqualTo("rw-------");
            String sysadminPassword = lines.stream().filter(l -> l.startsWith("sysadmin=")).findFirst().orElseThrow().substring(9);
            LoginResult r = f.logins.authenticate("sysadmin", sysadminPassword.toCharArray(), null);
            assertThat(r.outcome()).isEqualTo(LoginResult.Outcome.OK);
            assertThat(r.user().mustChangePassword()).isTrue();
            assertThat(r.user().roles()).containsExactly(Roles.SYS_ADMIN);
            assertThat(f.logins.activeUser("auditor").orElseThrow().roles()).containsExactly(Roles.SECURITY_AUDITOR);
            assertThat(f.base.audited()).hasSize(3).allMatch(a -> a.startsWith("SECURITY system:bootstrap user"));

            Files.delete(f.credentials);
            new AdminBootstrap(f.base.store, f.base.setup);
            assertThat(f.credentials).as("a second start makes nobody").doesNotExist();
            assertThat(f.base.query("select count(*) from xc_user")).isEqualTo(3L);
        }
    }

    @Test
    void oneTimePasswordsPassThePolicyAndTheFileKeepsOtherAccountsLines() throws Exception {
        SecureRandom random = new SecureRandom();
        PasswordPolicy strict = new PasswordPolicy(15, 4);
        for (int i = 0; i < 2000; i++) {
            String p = InitialCredentials.temporaryPassword(random);
            assertThat(p).hasSize(15);
            assertThat(strict.check("sysadmin", p)).as(p).isEmpty();
        }
        // the draw that left out every upper-case letter (one password in a thousand did before)
        SecureRandom lastOfEverySet = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }
        };
        String unlucky = InitialCredentials.temporaryPassword(lastOfEverySet);
        assertThat(strict.check("sysadmin", unlucky)).as(unlucky).isEmpty();
        Path file = dir.resolve("x").resolve("initial-credentials.txt");
        InitialCredentials.write(file, Map.of("a", "1", "b", "2"));
        InitialCredentials.write(file, Map.of("b", "3"));
        assertThat(Files.readAllLines(file)).filteredOn(l -> !l.startsWith("#")).containsExactly("a=1", "b=3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
