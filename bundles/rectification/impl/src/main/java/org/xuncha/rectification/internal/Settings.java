package org.xuncha.rectification.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's configuration (PID {@code org.xuncha.rectification}), applied live. */
@Component(service = Settings.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Settings.Config.class)
public class Settings {

    public static final String PID = "org.xuncha.rectification";

    @ObjectClassDefinition(name = "xuncha rectification", description = "Rectification ledgers and the reports due after feedback")
    public @interface Config {
        @AttributeDefinition(description = "Months after feedback within which the unit's and its principal leader's reports are due (1 to 24)")
        int reportMonths() default 2;

        @AttributeDefinition(description = "Days before the reports are due when a reminder is posted (0 to 60)")
        int reminderDays() default 7;

        @AttributeDefinition(description = "Seconds between checks for reminders and overdue reports and tasks (at least 1)")
        int alertCheckSeconds() default 3600;
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

    /**
     * At least one month, at most two years: the rule says two months, local practice varies a
     * little, and a typo of 200 must not silence every overdue report.
     */
    public int reportMonths() {
        return Math.min(24, Math.max(1, config.reportMonths()));
    }

    /** Between 0 (no reminder before the due day) and 60. */
    public int reminderDays() {
        return Math.min(60, Math.max(0, config.reminderDays()));
    }
}
