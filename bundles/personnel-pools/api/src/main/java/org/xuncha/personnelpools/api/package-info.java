/**
 * Personnel and training pools (巡察干部人才库): the pools an office drafts its inspection groups from
 * (组长库、副组长库、联络员库、巡察干部库、不驻组副组长库、巡察师资库), each person's profile (specialties,
 * employment history, declared relatives, availability), admission and exit with approval,
 * secondment (抽调) to a round's groups with automatic 回避 and clash checks, and skill matching.
 * Training ({@link org.xuncha.personnelpools.api.TrainingService}): events, attendance, hours, the
 * round's training check. The permission names are in {@link org.xuncha.personnelpools.api.PersonnelPoolsPermissions}.
 *
 * <p>1.1: training (TrainingService, Training, TrainingKind, TrainingReports, TRAINING_SIGN_IN); incentives
 * (IncentiveService, Incentives, NOMINATE); PoolStatistics.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.personnelpools.api;
