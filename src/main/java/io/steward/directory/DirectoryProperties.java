package io.steward.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff list imports ({@code steward.import.*}; docs/security.md).
 *
 * @param grantPrivilegedRoles Whether a staff list (screen or API) may make people HR or AUDITOR; off, only the
 *        bootstrap token may.
 */
@ConfigurationProperties("steward.import")
public record DirectoryProperties(@DefaultValue("false") boolean grantPrivilegedRoles) {
}
