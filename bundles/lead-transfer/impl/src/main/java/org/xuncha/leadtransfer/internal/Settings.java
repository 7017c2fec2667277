package org.xuncha.leadtransfer.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's configuration (PID {@code org.xuncha.leadtransfer}), applied live. */
@Component(service = Settings.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Settings.Config.class)
public class Settings {

    public static final String PID = "org.xuncha.leadtransfer";

    /** What recording a visit that overlaps another visit of the same unit does. */
    public enum ConflictPolicy {
        /** refused with 409, naming the visit it overlaps */
        REFUSE,
        /** saved; the answer lists the overlapping visits as warnings */
        WARN
    }

    @ObjectClassDefinition(name = "xuncha lead transfer", description = "Problems, leads and their transfer")
    public @interface Config {
        @AttributeDefinition(description = "Months the receiver has to report its disposal of a transferred lead (1 to 120)")
        int feedbackMonths() default 3;

        @AttributeDefinition(description = "Seconds between checks for leads that became overdue")
        int overdueCheckSeconds() default 3600;

        @AttributeDefinition(description = "REFUSE or WARN when a visit overlaps another visit of the same unit")
        ConflictPolicy calendarConflict() default ConflictPolicy.REFUSE;

        @AttributeDefinition(description = "Units a category must be found in to count as a common problem (共性问题)")
        int commonProblemMinUnits() default 3;
    }

    private volatile Config config;

    @Activate
    public Settings(Config config) {
        this.config = config;
    }

    @Modified
    void modified(Config config) {
        this.config = config;
    }

    /** At least one month; at most ten years, which no rule allows anyway and keeps every deadline a valid date. */
    public int feedbackMonths() {
        return Math.min(120, Math.max(1, config.feedbackMonths()));
    }

    public int overdueCheckSeconds() {
        return Math.max(1, config.overdueCheckSeconds());
    }

    public ConflictPolicy calendarConflict() {
        return config.calendarConflict();
    }

    public int commonProblemMinUnits() {
        return Math.max(2, config.commonProblemMinUnits());
    }
}
