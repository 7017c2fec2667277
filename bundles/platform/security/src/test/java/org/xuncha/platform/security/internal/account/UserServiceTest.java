package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.security.internal.account.AccountFixture.CITY;
import static org.xuncha.platform.security.internal.account.AccountFixture.PERSON;
import static org.xuncha.platform.security.internal.account.PasswordServiceTest.refusal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;

/** Accounts as the system administrator keeps them: every field within its column, every reference looked up. */
class UserServiceTest {

    @TempDir
    Path dir;

    private AccountFixture f;

    @BeforeEach
    void open() {
        f = new AccountFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void anAccountIsCreatedWithoutRolesAndItsOneTimePasswordIsReleasedByTheSecurityAdministrator() {
        Map<String, Object> created = f.users.create(f.sysadmin(), new UserDraft(" office.city ", " 办公室 ", CITY, PERSON, null));
        UserView user = (UserView) created.get("user");
        assertThat(user.username()).isEqualTo("office.city");
        assertThat(user.displayName()).isEqualTo("办公室");
        assertThat(user.divisionCode()).isEqualTo(CITY);
        assertThat(user.personId()).isEqualTo(PERSON);
        assertThat(user.roles()).isEmpty();
        assertThat(user.enabled()).isTrue();
        assertThat(user.credentialsPending()).isTrue();
        assertThat(created).as("the system administrator is told no password").doesNotContainKey("initialPassword")
                .containsEntry("credentialsPending", true);
        assertThat(f.base.audited()).last().asString().isEqualTo("CREATE sysadmin user " + user.id() + " 创建账号 office.city（一次性密码待安全保密管理员发放）");

        assertThatThrownBy(() -> f.passwords.release(f.sysadmin(), user.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        String initial = (String) f.passwords.release(f.secadmin(), user.id()).get("initialPassword");
        LoginResult first = f.logins.authenticate("office.city", initial.toCharArray(), null);
        assertThat(first.user().mustChangePassword()).isTrue();
        assertThat(f.users.user(f.sysadmin(), user.id()).credentialsPending()).isFalse();
        assertThatThrownBy(() -> f.passwords.release(f.secadmin(), user.id())).as("released once per request")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("no_request"));
    }

    @Test
    void theDataScopeIsTheSecurityAdministrators() {
        long id = f.account("scoped", "User-Passw0rd!");
        assertThatThrownBy(() -> f.users.update(f.sysadmin(), id, new UserDraft(null, "改名", CITY, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("separation_of_duties"));
        assertThatThrownBy(() -> f.users.update(f.sysadmin(), id, new UserDraft(null, "改名", null, PERSON, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("separation_of_duties"));
        assertThatThrownBy(() -> f.users.setScope(f.sysadmin(), id, CITY, PERSON))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        assertThat(f.users.user(f.sysadmin(), id).divisionCode()).isNull();

        UserView scoped = f.users.setScope(f.secadmin(), id, CITY, PERSON);
        assertThat(scoped.divisionCode()).isEqualTo(CITY);
        assertThat(scoped.personId()).isEqualTo(PERSON);
        assertThat(f.base.audited()).last().asString().contains("设置数据范围 scoped");
        assertThat(refusal(() -> f.users.setScope(f.secadmin(), id, "379900", null))).containsExactly("divisionCode not_found");
        // the system administrator may still rename it, sending the scope as it is
        assertThat(f.users.update(f.sysadmin(), id, new UserDraft(null, "改名", CITY, PERSON, null)).displayName()).isEqualTo("改名");
    }

    @Test
    void badFieldsAndUnknownReferencesAreRefusedByName() {
        assertThat(refusal(() -> f.users.create(f.sysadmin(), new UserDraft("1x", "名".repeat(51), "1234567890123", null, null))))
                .containsExactly("username invalid", "displayName too_long", "divisionCode too_long");
        assertThat(refusal(() -> f.users.create(f.sysadmin(), new UserDraft("new.user", "新用户", "379900", 7L, null))))
                .containsExactly("divisionCode not_found", "personId not_found");
        assertThat(refusal(() -> f.users.create(f.sysadmin(), new UserDraft("sysadmin", "重名", null, null, null))))
                .containsExactly("username duplicate");
        assertThatThrownBy(() -> f.users.create(f.sysadmin(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("empty_body"));
        long id = f.account("kept", "User-Passw0rd!");
        assertThat(refusal(() -> f.users.update(f.sysadmin(), id, new UserDraft(null, "改名", "379900", null, null))))
                .containsExactly("divisionCode not_found");
        assertThat(f.users.user(f.sysadmin(), id).displayName()).isEqualTo("用户kept");
    }

    @Test
    void withoutReferenceDataAnAccountNamingADivisionWaits() {
        f.references.unsetReference(f.reference);
        assertThatThrownBy(() -> f.users.create(f.sysadmin(), new UserDraft("waits", "等待", CITY, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(f.users.create(f.sysadmin(), new UserDraft("no.division", "无区划", " ", null, null))).containsKey("credentialsPending");
    }

    @Test
    void changesDisablingAndUnlocking() {
        long id = f.account("some.user", "User-Passw0rd!");
        long epoch = f.epoch.current();
        UserView changed = f.users.update(f.sysadmin(), id, new UserDraft("ignored", "新名字", null, null, false));
        assertThat(changed.username()).isEqualTo("some.user");
        assertThat(changed.enabled()).isFalse();
        assertThat(f.epoch.current()).isGreaterThan(epoch);
        assertThatThrownBy(() -> f.users.update(f.sysadmin(), f.sysadmin().userId(), new UserDraft(null, "我", null, null, false)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("self_disable"));
        assertThatThrownBy(() -> f.users.update(f.secadmin(), id, new UserDraft(null, "x", null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));

        f.base.db().write(em -> {
            em.find(UserEntity.class, id).lockedUntil = f.base.db().now().plusMinutes(5);
            return null;
        });
        assertThat(f.users.user(f.sysadmin(), id).locked()).isTrue();
        assertThat(f.users.unlock(f.sysadmin(), id).locked()).isFalse();
    }

    @Test
    void theListFindsByNameAndPagesInTheOrderAsked() {
        for (String name : new String[] {"zhao.yi", "qian.er", "sun.san"}) {
            f.account(name, "User-Passw0rd!");
        }
        Page<UserView> page = f.users.users(f.secadmin(), "AN", PageRequest.of(1, 10, "username", Set.of("username"), "username"));
        assertThat(page.items()).extracting(UserView::username).containsExactly("qian.er", "sun.san");
        Page<UserView> second = f.users.users(f.secadmin(), null, PageRequest.of(2, 2, "-username", Set.of("username"), "username"));
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).extracting(UserView::username).containsExactly("sun.san", "secadmin");
        assertThat(f.users.users(f.secadmin(), "_", PageRequest.first(10)).total()).as("_ is no wildcard").isZero();
    }
}
