package org.xuncha.platform.security.internal.account;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

/** Reading and making account rows, shared by the account services inside their units of work. */
final class Accounts {

    static final Pattern USERNAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{2,49}");
    /** Column lengths of {@code xc_user}. */
    static final int DISPLAY_NAME_MAX = 50;
    static final int DIVISION_MAX = 12;

    private Accounts() {
    }

    /** The account with this name (trimmed), enabled or not; null if none. */
    static UserEntity byUsername(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        List<UserEntity> list = em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username.trim()).getResultList();
        return list.isEmpty() ? null : list.get(0);
    }

    /** @throws ApiException 404 if there is no account with this id */
    static UserEntity find(EntityManager em, long id) {
        UserEntity u = em.find(UserEntity.class, id);
        if (u == null) {
            throw ApiException.notFound("账号", "account", id);
        }
        return u;
    }

    static UserView view(EntityManager em, UserEntity u, LocalDateTime now) {
        Set<String> roles = new TreeSet<>(em.createQuery("select r.roleId from UserRoleEntity r where r.userId = :u", String.class)
                .setParameter("u", u.id).getResultList());
        boolean locked = u.lockedUntil != null && u.lockedUntil.isAfter(now);
        return new UserView(u.id, u.username, u.displayName, u.divisionCode, u.personId, roles, u.enabled, locked,
                u.mustChangePassword, u.totpEnabled, u.lastLoginAt, u.passwordChangedAt, u.version, u.credentialRequestedAt != null);
    }

    /** A new account that must change its password at first sign-in; the caller sets the hash. */
    static UserEntity newUser(String username, String displayName, String division, Long personId, LocalDateTime now) {
        UserEntity u = new UserEntity();
        u.username = username.trim();
        u.displayName = displayName.trim();
        u.divisionCode = blankToNull(division);
        u.personId = personId;
        u.passwordChangedAt = now;
        u.mustChangePassword = true;
        u.createdAt = now;
        return u;
    }

    /** Name, display name and division of an account as its columns take them. */
    static Checks checkNames(Checks checks, String username, String displayName, String divisionCode, boolean withUsername) {
        if (withUsername) {
            checks.required("username", username, "用户名", "username")
                    .pattern("username", username == null ? null : username.trim(), USERNAME, "用户名（字母开头，3-50位字母数字._-）",
                            "username (3-50 letters, digits, . _ -, starting with a letter)");
        }
        return checks.required("displayName", displayName, "姓名", "display name")
                .maxLength("displayName", displayName == null ? null : displayName.trim(), DISPLAY_NAME_MAX, "姓名", "display name")
                .maxLength("divisionCode", blankToNull(divisionCode), DIVISION_MAX, "所属区划", "division");
    }

    static ApiException taken() {
        return ApiException.validation(List.of(new FieldError("username", "duplicate", "用户名已存在", "The username is taken")));
    }

    /**
     * Runs a write that creates an account. Two creations of one name at once both pass the check
     * before the insert; the database refuses the second, which is answered as a taken name.
     */
    static <R> R usernameRace(ModuleStore db, String username, Supplier<R> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            if (!(e instanceof OptimisticLockException) && db.read(em -> byUsername(em, username)) != null) {
                throw taken();
            }
            throw e;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
