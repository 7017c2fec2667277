/**
 * Round planning (巡察规划与轮次) as other modules see it: terms, rounds with their type and stage,
 * inspection groups with members and target units. Other modules refer to rounds, groups and
 * targets by id and look them up through {@link org.xuncha.roundplanning.api.RoundDirectory}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.roundplanning.api;
