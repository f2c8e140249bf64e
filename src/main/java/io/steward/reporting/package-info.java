/**
 * The read side: dashboards for managers, compliance views for HR and auditors, and exports. Reads the tables of
 * other features through its own queries (docs/decisions/0007-reporting-reads-tables.md), composed from what
 * learning and the directory publish as SQL (AssignmentSql, PlacementSql), and writes none.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "certification", "content", "directory", "learning"})
package io.steward.reporting;
