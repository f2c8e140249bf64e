package io.steward.privacy;

/** The person cannot be erased; {@code reason} is a bundle key that says why. */
public class ErasureRefusedException extends RuntimeException {

    private final String reason;

    ErasureRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
