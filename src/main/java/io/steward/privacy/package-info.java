/**
 * What Steward holds about a person and who looked (My data), retention of every kind of record, and erasure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "content", "directory"})
package io.steward.privacy;
