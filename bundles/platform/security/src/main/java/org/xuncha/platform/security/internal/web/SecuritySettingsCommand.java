package org.xuncha.platform.security.internal.web;

import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityConfig;

/**
 * The security administrator's settings command: without arguments it lists the security settings in
 * effect; with a name and a value it changes one (applied at once, written back to
 * {@code etc/org.xuncha.security.cfg}, audited with old and new values by SettingsAudit, and the
 * command line itself by the console's audit). Only the numeric policy settings, each with a floor
 * that keeps the policy from being switched off; the key directory and the anchor log's place are
 * the host's configuration, not a console setting.
 */
@Service
@Command(scope = "xuncha", name = "security-settings", description = "安全设置：查看或修改 / Show the security settings, or change one: security-settings <name> <value>")
public class SecuritySettingsCommand implements Action {

    static final String PID = "org.xuncha.security";
    /** The settings that may be changed here, with the least value each may take. */
    static final Map<String, Long> FLOORS = Map.ofEntries(Map.entry("passwordMinLength", 8L), Map.entry("passwordMinClasses", 2L),
            Map.entry("passwordExpiryDays", 0L), Map.entry("passwordHistory", 1L), Map.entry("maxFailedLogins", 3L),
            Map.entry("lockoutMinutes", 5L), Map.entry("sessionIdleMinutes", 1L), Map.entry("sessionAbsoluteMinutes", 5L),
            Map.entry("loginAttemptsPerMinute", 1L), Map.entry("auditSealIntervalSeconds", 5L), Map.entry("maxRequestBytes", 1024L));

    @Reference
    CallerResolver callers;

    @Reference
    ConfigurationAdmin configurations;

    @Argument(index = 0, name = "name", description = "设置名 / setting name", required = false)
    String name;

    @Argument(index = 1, name = "value", description = "新值 / new value", required = false)
    String value;

    @Override
    public Object execute() throws Exception {
        Caller caller = callers.console();
        if (!caller.roles().contains(Roles.SECURITY_ADMIN)) {
            throw new ApiException(403, "forbidden", "仅安全保密管理员可查看和修改安全设置", "Only the security administrator manages the security settings");
        }
        Configuration c = configurations.getConfiguration(PID, null);
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        if (name == null) {
            Map<String, String> effective = new TreeMap<>();
            for (Method m : SecurityConfig.class.getDeclaredMethods()) {
                Object set = props.get(m.getName());
                effective.put(m.getName(), String.valueOf(set != null ? set : m.getDefaultValue()));
            }
            effective.forEach((k, v) -> System.out.println(k + " = " + v));
            return null;
        }
        Long floor = FLOORS.get(name);
        if (floor == null) {
            throw new IllegalArgumentException("不能在控制台修改的设置 / not a setting the console changes: " + name
                    + " (" + String.join(", ", new TreeMap<>(FLOORS).keySet()) + ")");
        }
        long v;
        try {
            v = Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("值须为整数 / the value must be a whole number: " + value);
        }
        if (v < floor || (name.equals("passwordMinClasses") && v > 4)) {
            throw new IllegalArgumentException(name + " 不得小于 / may not be below " + floor + (name.equals("passwordMinClasses") ? "（至多 / at most 4）" : ""));
        }
        Object before = props.get(name);
        props.put(name, String.valueOf(v)); // as the .cfg file holds it
        c.update(props);
        System.out.println("已修改 / changed: " + name + " " + (before == null ? "(默认 / default)" : before) + " → " + v);
        return null;
    }
}
