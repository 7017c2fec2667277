/**
 * Individual interviews (个别谈话) of an inspection round, as the UI, the console and other modules
 * see them: outline templates with the mandatory topic (必谈内容), interview plans per group and
 * target unit, interview records (content encrypted at rest, signed off, then changed only by a
 * recorded correction), letters and visits (信访) received during a round, the top-leader dossier
 * (专门材料), and the hand-over of problems and leads to the lead-transfer module.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.xuncha.interviews.api;
