package io.steward.security;

import io.steward.base.ApiScope;
import java.util.Set;

/** An API token was created or revoked. Never carries the token itself. */
public record ApiTokenChanged(long tokenId, boolean revoked, Set<ApiScope> scopes) {
}
