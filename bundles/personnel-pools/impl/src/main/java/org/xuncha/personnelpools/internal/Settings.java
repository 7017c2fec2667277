package org.xuncha.personnelpools.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xuncha.personnelpools.internal.pool.EligibilityRules;
import org.xuncha.personnelpools.internal.secondment.Requirement;

/**
 * The module's configuration (PID {@code org.xuncha.personnelpools}), applied live. A rule that
 * cannot be read fails the configuration, loudly: an office must never believe a rule applies
 * while it silently does not.
 */
@Component(service = Settings.class, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Settings.Config.class)
public class Settings {

    public static final String PID = "org.xuncha.personnelpools";

    @ObjectClassDefinition(name = "xuncha personnel pools", description = "巡察干部人才库 / personnel pools: eligibility, secondment limits, skill requirements")
    public @interface Config {
        @AttributeDefinition(description = "Eligibility rules, one each: '<POOL or *>: rank <r1>|<r2>...', ': maxAge <years>', ': minRounds <n>', ': noOpenCase'")
        String[] eligibility() default {
            "LEADER: rank 正厅级|副厅级|正处级|一级巡视员|二级巡视员|一级调研员|二级调研员",
            "DEPUTY: rank 正处级|副处级|一级调研员|二级调研员|三级调研员|四级调研员",
            "*: noOpenCase"};

        @AttributeDefinition(description = "Secondments (抽调) a person may have in one calendar year; the next one is a clash")
        int maxSecondmentsPerYear() default 2;

        @AttributeDefinition(description = "What every group needs, one requirement each: specialties separated by | (any one fills it)")
        String[] requiredSpecialties() default {"财务|审计", "纪检监察"};

        @AttributeDefinition(description = "单独评优: how many of a round's people the office may approve as excellent")
        int excellenceQuotaPerRound() default 3;
    }

    private volatile List<EligibilityRules.Rule> eligibility;
    private volatile List<Requirement> requirements;
    private volatile int maxPerYear;
    private volatile int excellenceQuota;

    @Activate
    public Settings(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config config) {
        apply(config);
    }

    private void apply(Config config) {
        List<EligibilityRules.Rule> rules = EligibilityRules.parse(split(config.eligibility(), ";"));
        List<Requirement> needs = Requirement.parse(split(config.requiredSpecialties(), ","));
        if (config.maxSecondmentsPerYear() < 1) {
            throw new IllegalArgumentException("maxSecondmentsPerYear must be at least 1: " + config.maxSecondmentsPerYear());
        }
        this.eligibility = rules;
        this.requirements = needs;
        if (config.excellenceQuotaPerRound() < 0) {
            throw new IllegalArgumentException("excellenceQuotaPerRound must not be negative: " + config.excellenceQuotaPerRound());
        }
        this.maxPerYear = config.maxSecondmentsPerYear();
        this.excellenceQuota = config.excellenceQuotaPerRound();
    }

    /**
     * The entries of a list setting, each also split at {@code separator}: a plain {@code .cfg} line
     * ({@code eligibility = LEADER: rank 正处级; *: noOpenCase}) reaches us as one string.
     */
    static String[] split(String[] values, String separator) {
        return values == null ? new String[0]
                : java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).flatMap(v -> java.util.Arrays.stream(v.split(separator)))
                        .toArray(String[]::new);
    }

    public List<EligibilityRules.Rule> eligibility() {
        return eligibility;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public int excellenceQuotaPerRound() {
        return excellenceQuota;
    }

    public int maxSecondmentsPerYear() {
        return maxPerYear;
    }
}
