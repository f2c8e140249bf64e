package io.steward.certification;

/** A client asked too often; it may try again after a minute. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException() {
        super("too many verification requests; try again in a minute");
    }
}
