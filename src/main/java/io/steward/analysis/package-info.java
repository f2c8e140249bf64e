/**
 * Question analysis for authors: how hard each quiz question is and how well it separates strong from weak
 * attempts, per module version. Reads the attempts and answers of {@code learning} through its own aggregate
 * queries and writes nothing (docs/decisions/0016-question-analysis.md); results never name anyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "content"})
package io.steward.analysis;
