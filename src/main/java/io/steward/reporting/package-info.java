/**
 * The read side: dashboards for managers, compliance views for HR and auditors, and exports. Reads the tables
 * of other features through its own queries (docs/decisions/0007-reporting-reads-tables.md) and writes none.
 */
package io.steward.reporting;
