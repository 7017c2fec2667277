package org.xuncha.platform.security.internal.audit;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityConfig;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.crypto.Sm3;

/**
 * Audits the security settings ({@code org.xuncha.security}) and the platform clock
 * ({@code org.xuncha.clock}): every change while running, with old and new values, and at start the
 * settings in effect when they differ from the last recorded (changed while the platform was down).
 * Configuration Admin does not say who made a change: the actor is {@code system:settings}, and the
 * console's own audit names who ran the command. A platform clock that is not the system clock is
 * for tests and the demo only; its use is recorded here and logged.
 */
@Component(service = ConfigurationListener.class, immediate = true)
public class SettingsAudit implements ConfigurationListener {

    static final String SECURITY_PID = "org.xuncha.security";
    static final String CLOCK_PID = "org.xuncha.clock";
    /** Set (true) only by the tests' and the demo's start: then the clock's configuration applies. */
    static final String CLOCK_ADJUSTABLE = "xuncha.clock.adjustable";
    private static final Set<String> NOT_SETTINGS = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename", "component.name", "component.id");
    private static final Logger LOG = LoggerFactory.getLogger(SettingsAudit.class);

    private final AuditTrailImpl audit;
    private final ConfigurationAdmin configurations;
    private final Map<String, Map<String, String>> known = new ConcurrentHashMap<>();

    @Activate
    public SettingsAudit(@Reference AuditTrailImpl audit, @Reference ConfigurationAdmin configurations) {
        this.audit = audit;
        this.configurations = configurations;
        for (String pid : new String[] {SECURITY_PID, CLOCK_PID}) {
            Map<String, String> now = effective(pid);
            known.put(pid, now);
            String last = audit.lastSummary("settings", pid);
            boolean clockInUse = pid.equals(CLOCK_PID) && adjusted(now);
            if (last == null ? (pid.equals(SECURITY_PID) || clockInUse) : !last.endsWith(fingerprint(now) + "）")) {
                record(pid, (last == null ? "生效的设置（" : "停机期间设置已变更，现行设置（") + pid + "）：" + list(now) + clockNote(pid, now), now);
            }
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (!SECURITY_PID.equals(pid) && !CLOCK_PID.equals(pid)) {
            return;
        }
        Map<String, String> now = effective(pid);
        Map<String, String> before = known.put(pid, now);
        if (now.equals(before)) {
            return;
        }
        String changes = before == null ? list(now) : now.keySet().stream().filter(k -> !now.get(k).equals(before.getOrDefault(k, "")))
                .map(k -> k + " " + show(before.getOrDefault(k, "")) + "→" + show(now.get(k))).collect(Collectors.joining("；"));
        record(pid, "设置变更（" + pid + "）：" + changes + clockNote(pid, now), now);
    }

    private void record(String pid, String summary, Map<String, String> settings) {
        // the fingerprint goes last, where the summary is never cut (summaries are cut at 500 characters)
        String tail = "（设置指纹 " + fingerprint(settings) + "）";
        String head = summary.length() + tail.length() > 500 ? summary.substring(0, 500 - tail.length() - 1) + "…" : summary;
        try {
            audit.record(Caller.system("settings"), AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, "settings", pid, head + tail));
        } catch (RuntimeException e) {
            LOG.error("Could not audit a change of {}: {}", pid, e.toString());
        }
    }

    private static String clockNote(String pid, Map<String, String> settings) {
        if (!CLOCK_PID.equals(pid) || !adjusted(settings)) {
            return "";
        }
        if (Boolean.getBoolean(CLOCK_ADJUSTABLE)) {
            LOG.warn("平台时钟已调整（{}），仅限测试与演示 / the platform clock is adjusted ({}): for tests and the demo only", list(settings), list(settings));
            return "；平台时钟已调整，仅限测试与演示（审计时间仍取系统时钟）";
        }
        return "；生产环境不采用（平台时钟为系统时钟）";
    }

    private static boolean adjusted(Map<String, String> clock) {
        return !clock.getOrDefault("fixed", "").isBlank() || !clock.getOrDefault("offset", "").isBlank();
    }

    /** The settings in effect: those configured, over the defaults for the security settings. */
    private Map<String, String> effective(String pid) {
        Map<String, String> result = new TreeMap<>();
        if (SECURITY_PID.equals(pid)) {
            for (Method m : SecurityConfig.class.getDeclaredMethods()) {
                result.put(m.getName(), String.valueOf(m.getDefaultValue()));
            }
        }
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            Dictionary<String, Object> props = found == null || found.length == 0 ? null : found[0].getProperties();
            if (props != null) {
                for (Enumeration<String> keys = props.keys(); keys.hasMoreElements(); ) {
                    String k = keys.nextElement();
                    if (!NOT_SETTINGS.contains(k) && !k.startsWith(".")) {
                        result.put(k, String.valueOf(props.get(k)));
                    }
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.warn("Cannot read configuration {}: {}", pid, e.toString());
        }
        return result;
    }

    private static String list(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String show(String v) {
        return v.isEmpty() ? "（空）" : v;
    }

    private static String fingerprint(Map<String, String> settings) {
        return Sm3.hex(list(settings)).substring(0, 12);
    }
}
