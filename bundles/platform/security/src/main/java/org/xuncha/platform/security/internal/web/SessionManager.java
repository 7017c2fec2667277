package org.xuncha.platform.security.internal.web;

import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.account.CallerEpoch;
import org.xuncha.platform.security.internal.account.CallerFactory;
import org.xuncha.platform.security.internal.account.LoginService;
import org.xuncha.platform.security.internal.account.SecondFactorRule;
import org.xuncha.platform.security.internal.account.UserView;
import org.xuncha.platform.security.internal.crypto.Sm3;

/**
 * Server-side sessions. The browser holds a random token in an HttpOnly cookie; the server keeps
 * only its SM3 hash. A session ends after the configured idle time or absolute lifetime, at logout,
 * or when its account is disabled. The caller is rebuilt when accounts or grants change, and at the
 * latest after a few seconds, so scope changes (a new group membership) reach open sessions.
 */
@Component(service = SessionManager.class)
public class SessionManager {

    private static final long CALLER_TTL_MS = 10_000;

    /** One signed-in browser. */
    public static final class Session {
        final String key;
        final long userId;
        final String username;
        final String csrf;
        final long created;
        volatile long lastSeen;
        volatile boolean mustChangePassword;
        /** An administrator without the second factor: the session may only enrol it (and change the password). */
        volatile boolean enrolmentRequired;
        volatile Caller caller;
        volatile long callerEpoch = -1;
        volatile long callerAt;

        Session(String key, long userId, String username, String csrf, long now, boolean mustChangePassword, boolean enrolmentRequired) {
            this.key = key;
            this.userId = userId;
            this.username = username;
            this.csrf = csrf;
            this.created = now;
            this.lastSeen = now;
            this.mustChangePassword = mustChangePassword;
            this.enrolmentRequired = enrolmentRequired;
        }

        public String csrf() {
            return csrf;
        }

        public boolean mustChangePassword() {
            return mustChangePassword;
        }

        public boolean enrolmentRequired() {
            return enrolmentRequired;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecuritySetup setup;
    private final CallerEpoch epoch;
    private final LoginService logins;
    private final CallerFactory callers;
    private final Clock clock;

    @Activate
    public SessionManager(@Reference SecuritySetup setup, @Reference CallerEpoch epoch, @Reference LoginService logins,
                          @Reference CallerFactory callers, @Reference Clock clock) {
        this.setup = setup;
        this.epoch = epoch;
        this.logins = logins;
        this.callers = callers;
        this.clock = clock;
    }

    /** Opens a session; returns {token, csrf}. */
    public String[] open(UserView user) {
        byte[] raw = new byte[32];
        setup.random().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byte[] c = new byte[24];
        setup.random().nextBytes(c);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(c);
        long now = clock.millis();
        // Abandoned sessions are dropped here, so the map never outgrows the sessions alive.
        sessions.values().removeIf(old -> expired(old, now));
        Session s = new Session(Sm3.hex(token), user.id(), user.username(), csrf, now, user.mustChangePassword(),
                SecondFactorRule.mustEnrol(user));
        sessions.put(s.key, s);
        return new String[] {token, csrf};
    }

    /** The live session for a token, touched; null if none, expired or its account is gone. */
    public Session find(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        Session s = sessions.get(Sm3.hex(token));
        if (s == null) {
            return null;
        }
        long now = clock.millis();
        if (expired(s, now)) {
            sessions.remove(s.key);
            return null;
        }
        s.lastSeen = now;
        return s;
    }

    private boolean expired(Session s, long now) {
        return now - s.lastSeen > setup.config().sessionIdleMinutes() * 60_000L
                || now - s.created > setup.config().sessionAbsoluteMinutes() * 60_000L;
    }

    /** The session's caller, rebuilt when stale; null if the account was disabled meanwhile. */
    public Caller caller(Session s) {
        long current = epoch.current();
        long now = clock.millis();
        Caller c = s.caller;
        if (c == null || s.callerEpoch != current || now - s.callerAt > CALLER_TTL_MS) {
            var user = logins.activeUser(s.username);
            if (user.isEmpty()) {
                sessions.remove(s.key);
                return null;
            }
            s.mustChangePassword = user.get().mustChangePassword();
            s.enrolmentRequired = SecondFactorRule.mustEnrol(user.get());
            c = s.mustChangePassword || s.enrolmentRequired ? callers.restricted(user.get()) : callers.build(user.get());
            s.caller = c;
            s.callerEpoch = current;
            s.callerAt = now;
        }
        return c;
    }

    /** Ends every session of the account (its second factor was reset); returns how many. */
    public int closeAll(long userId) {
        int[] ended = {0};
        sessions.values().removeIf(s -> {
            boolean his = s.userId == userId;
            ended[0] += his ? 1 : 0;
            return his;
        });
        return ended[0];
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(Sm3.hex(token));
        }
    }

    public int count() {
        return sessions.size();
    }
}
