/**
 * The evaluation module's API: group quality scores and the published ranking of a round, the 约谈
 * records the ranking rule opens, and the rectification assessment of a round's units. The documents
 * (ranking notice, assessment notice) read {@link EvaluationReports}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.evaluation.api;
