/**
 * Signing in, sessions, throttling, API tokens, and who may call what.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "directory"})
package io.steward.security;
