/**
 * Question analysis for authors: how hard each quiz question is and how well it separates strong from weak
 * attempts, per module version. Keeps its own copy of first attempts' answers, made as {@code learning} scores
 * them, and never writes {@code learning}'s tables (docs/decisions/0016-question-analysis.md and
 * 0027-question-analysis-keeps-its-own-copy.md); results never name anyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "content", "learning"})
package io.steward.analysis;
