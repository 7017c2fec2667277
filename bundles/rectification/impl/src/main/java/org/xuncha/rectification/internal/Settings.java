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
}
