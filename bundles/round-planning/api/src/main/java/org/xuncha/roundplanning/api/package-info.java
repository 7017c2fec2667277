/**
 * Round planning (巡察规划与轮次). Other modules refer to rounds, groups and targets by id and look
 * them up through {@link org.xuncha.roundplanning.api.RoundDirectory}; the office's own work
 * (terms, coverage, priorities, plans and approvals, groups, stages and deadlines) goes through
 * {@link org.xuncha.roundplanning.api.RoundPlanningService}; the permission names are in
 * {@link org.xuncha.roundplanning.api.RoundPlanningPermissions}.
 *
 * <p>2.3: {@link org.xuncha.roundplanning.api.RoundDirectory#roundsInStage} (evaluation's to-do of rounds to score);
 * {@code Approval.Request.date}, a plan decision recorded on a past day (history permission).
 * <p>2.2: {@link org.xuncha.roundplanning.api.RoundPlanningPermissions#HISTORY_IMPORT}.
 *
 * <p>2.1: {@link org.xuncha.roundplanning.api.MemberCheck}, the whiteboard through which other modules check a
 * group's members before a change is saved.
 *
 * <p>2.0: the permission constants and {@code stagePermission} moved from {@code RoundPlanningService}
 * to {@code RoundPlanningPermissions} ({@code RoundPlanningPermissions.stage}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package org.xuncha.roundplanning.api;
