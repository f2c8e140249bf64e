/**
 * Employees, departments, managers and roles, kept in step with HR's staff list, and where each person was and
 * when.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package io.steward.directory;
