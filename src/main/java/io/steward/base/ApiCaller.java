package io.steward.base;

/**
 * Who is behind a request made with an API token: the token (its id and name) and the HR person who created
 * it, if any (the bootstrap token has none). Never a signed-in person: {@link CurrentUser#find()} is empty for
 * it, and the audit trail records the token, with its owner, as the actor.
 */
public record ApiCaller(long tokenId, String tokenName, EmployeeId owner) {
}
