package io.steward.directory.scim;

import org.springframework.http.HttpStatus;

/**
 * A SCIM request Steward refuses, answered in SCIM's error format (RFC 7644 section 3.12): the HTTP status, the
 * {@code scimType} where the RFC defines one, and a detail that names the attribute and what was expected.
 */
class ScimException extends RuntimeException {

    private final HttpStatus status;
    private final String scimType;

    ScimException(HttpStatus status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimException invalidValue(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", detail);
    }

    static ScimException notFound(String id) {
        return new ScimException(HttpStatus.NOT_FOUND, null, "no user with id '" + id + "'");
    }

    HttpStatus status() {
        return status;
    }

    String scimType() {
        return scimType;
    }
}
