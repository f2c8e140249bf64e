package io.steward.reporting;

/**
 * A report request whose parameter is malformed ({@code malformed}: the request cannot be read, 400) or well
 * formed but unusable (an unknown department, a period that ends before it starts: 422). Names the parameter.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final boolean malformed;

    public InvalidParameterException(String parameter, boolean malformed, String message) {
        super(message);
        this.parameter = parameter;
        this.malformed = malformed;
    }

    public String parameter() {
        return parameter;
    }

    public boolean malformed() {
        return malformed;
    }
}
