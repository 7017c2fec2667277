package org.xuncha.evaluation.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import java.util.List;

import org.xuncha.evaluation.internal.assessment.AssessmentRules;
import org.xuncha.evaluation.internal.assessment.AssessmentRules.Thresholds;

/** The module's configuration (PID {@code org.xuncha.evaluation}), applied live. */
@Component(service = Settings.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Settings.Config.class)
public class Settings {

    public static final String PID = "org.xuncha.evaluation";

    @ObjectClassDefinition(name = "xuncha evaluation", description = "Group quality ranking, the 约谈 rule and rectification grades")
    public @interface Config {
        @AttributeDefinition(description = "约谈 rule: the bottom N groups of a ranking (1 to 20)")
        int talkBottom() default 2;

        @AttributeDefinition(description = "约谈 rule: in M consecutive published rounds (1 to 10)")
        int talkRounds() default 2;

        @AttributeDefinition(description = "Lowest score graded 好 (good)")
        int gradeGood() default 90;

        @AttributeDefinition(description = "Lowest score graded 较好 (fairly good)")
        int gradeFairlyGood() default 80;

        @AttributeDefinition(description = "Lowest score graded 一般 (ordinary); below is 差 (poor)")
        int gradeOrdinary() default 60;

        @AttributeDefinition(description = "Rectification assessment indicators, one each: code|中文名|English name|points (adding up to 100)")
        String[] assessmentIndicators() default {"responsibility|整改主体责任落实|Responsibility for rectification|25",
            "results|问题整改成效|Problems rectified|40", "mechanisms|长效机制建设|Lasting mechanisms|20",
            "reporting|整改报告与公开|Reporting and disclosure|15"};
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

    public int talkBottom() {
        return Math.min(20, Math.max(1, config.talkBottom()));
    }

    public int talkRounds() {
        return Math.min(10, Math.max(1, config.talkRounds()));
    }

    /** The configured assessment indicators; a configuration that does not add up is a typo, and the defaults hold until it is fixed. */
    public List<AssessmentRules.Indicator> assessmentIndicators() {
        try {
            return AssessmentRules.indicators(config.assessmentIndicators());
        } catch (IllegalArgumentException e) {
            return AssessmentRules.DEFAULT_INDICATORS;
        }
    }

    /** The configured thresholds; thresholds that do not fall are a typo, and the defaults hold until it is fixed. */
    public Thresholds thresholds() {
        Config c = config;
        try {
            return new Thresholds(c.gradeGood(), c.gradeFairlyGood(), c.gradeOrdinary());
        } catch (IllegalArgumentException e) {
            return new Thresholds(90, 80, 60);
        }
    }
}
