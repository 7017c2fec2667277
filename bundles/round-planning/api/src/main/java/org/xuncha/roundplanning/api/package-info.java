/**
 * Round planning (巡察规划与轮次). Other modules refer to rounds, groups and targets by id and look
 * them up through {@link org.xuncha.roundplanning.api.RoundDirectory}; the office's own work
 * (terms, coverage, priorities, plans and approvals, groups, stages and deadlines) goes through
 * {@link org.xuncha.roundplanning.api.RoundPlanningService}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.roundplanning.api;
