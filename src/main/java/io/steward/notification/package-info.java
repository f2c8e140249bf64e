/**
 * Reminders and escalations by e-mail, planned from the assignments, each send kept in a delivery log.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "content", "directory", "learning", "reporting", "security"})
package io.steward.notification;
