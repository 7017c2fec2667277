package org.xuncha.platform.internal.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link Clock}, which modules use for every deadline and overdue check. It is the
 * system clock unless configured (PID {@code org.xuncha.clock}) to be fixed or shifted, which the
 * tests use to move time without waiting for it. A change of configuration takes effect at once,
 * on the same service object. Adjusting it is for tests and the demo only: the configuration is
 * applied only when the JVM was started with {@code -D}{@value #ADJUSTABLE}{@code =true} (the test
 * support and {@code bin/xuncha-demo} do), otherwise it is ignored with an error in the log, so a
 * production installation always runs on the system clock. The security bundle audits its use.
 */
@Component(service = Clock.class, configurationPid = "org.xuncha.clock", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = ClockProvider.Config.class)
public class ClockProvider extends Clock {

    private static final Logger LOG = LoggerFactory.getLogger(ClockProvider.class);
    /** System property that allows the clock to be adjusted (tests, demo). */
    public static final String ADJUSTABLE = "xuncha.clock.adjustable";

    @ObjectClassDefinition(name = "xuncha clock", description = "Time source for deadlines. Leave empty in production.")
    public @interface Config {
        @AttributeDefinition(description = "Fixed instant (ISO-8601, e.g. 2025-03-01T08:00:00Z); empty for the real time")
        String fixed() default "";

        @AttributeDefinition(description = "Shift from the real or fixed time, in ISO-8601 duration (e.g. P90D)")
        String offset() default "";

        @AttributeDefinition(description = "Time zone of dates")
        String zone() default "Asia/Shanghai";
    }

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    @Activate
    public ClockProvider(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config config) {
        apply(config);
    }

    private void apply(Config config) {
        Instant f = config.fixed().isBlank() ? null : Instant.parse(config.fixed().trim());
        Duration o = config.offset().isBlank() ? Duration.ZERO : Duration.parse(config.offset().trim());
        zone = ZoneId.of(config.zone());
        if ((f != null || !o.isZero()) && !Boolean.getBoolean(ADJUSTABLE)) {
            LOG.error("平台时钟配置（fixed={}, offset={}）被忽略：生产环境只用系统时钟，可调时钟仅限测试与演示（-D{}=true） / the platform clock's"
                    + " configuration (fixed={}, offset={}) is ignored: production runs on the system clock; an adjustable clock is for tests"
                    + " and the demo only (-D{}=true)", f, o, ADJUSTABLE, f, o, ADJUSTABLE);
            f = null;
            o = Duration.ZERO;
        }
        fixed = f;
        offset = o;
        if (fixed != null || !offset.isZero()) {
            LOG.warn("The platform clock is adjusted (fixed={}, offset={}): use this only for tests and the demo", fixed, offset);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.fixed(instant(), z);
    }

    @Override
    public Instant instant() {
        Instant base = fixed != null ? fixed : Instant.now();
        return base.plus(offset);
    }
}
