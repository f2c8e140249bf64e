/**
 * The tamper-evident audit trail: the events of every feature worth evidence, hash-chained as they happen, and the
 * check that the chain is intact.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "content", "directory", "learning", "privacy", "reporting", "security"})
package io.steward.audit;
