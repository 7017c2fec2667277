/**
 * Personnel and training pools (巡察干部人才库): the pools an office drafts its inspection groups from
 * (组长库、副组长库、联络员库、巡察干部库、不驻组副组长库、巡察师资库), each person's profile (specialties,
 * employment history, declared relatives, availability), admission and exit with approval,
 * secondment (抽调) to a round's groups with automatic 回避 and clash checks, and skill matching.
 * The permission names are in {@link org.xuncha.personnelpools.api.PersonnelPoolsPermissions}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.personnelpools.api;
