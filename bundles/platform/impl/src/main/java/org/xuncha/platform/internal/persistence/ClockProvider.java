package org.xuncha.platform.internal.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Hashtable;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
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
 * for the same service object.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=java.time.Clock")
@Component(service = {}, configurationPid = "org.xuncha.clock", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = ClockProvider.Config.class)
public class ClockProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ClockProvider.class);

    @ObjectClassDefinition(name = "xuncha clock", description = "Time source for deadlines. Leave empty in production.")
    public @interface Config {
        @AttributeDefinition(description = "Fixed instant (ISO-8601, e.g. 2025-03-01T08:00:00Z); empty for the real time")
        String fixed() default "";

        @AttributeDefinition(description = "Shift from the real or fixed time, in ISO-8601 duration (e.g. P90D)")
        String offset() default "";

        @AttributeDefinition(description = "Time zone of dates")
        String zone() default "Asia/Shanghai";
    }

    private final AdjustableClock clock = new AdjustableClock();
    private final ServiceRegistration<Clock> registration;

    @Activate
    public ClockProvider(BundleContext context, Config config) {
        apply(config);
        this.registration = context.registerService(Clock.class, clock, new Hashtable<>());
    }

    @Modified
    void modified(Config config) {
        apply(config);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    private void apply(Config config) {
        Instant fixed = config.fixed().isBlank() ? null : Instant.parse(config.fixed().trim());
        Duration offset = config.offset().isBlank() ? Duration.ZERO : Duration.parse(config.offset().trim());
        clock.set(fixed, offset, ZoneId.of(config.zone()));
        if (fixed != null || !offset.isZero()) {
            LOG.warn("The platform clock is adjusted (fixed={}, offset={}): use this only for tests", fixed, offset);
        }
    }

    /** A clock whose fixed instant and offset can change while services hold it. */
    static final class AdjustableClock extends Clock {

        private volatile Instant fixed;
        private volatile Duration offset = Duration.ZERO;
        private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

        void set(Instant fixed, Duration offset, ZoneId zone) {
            this.fixed = fixed;
            this.offset = offset;
            this.zone = zone;
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
}
