package io.steward.base;

import java.io.Serializable;

/** The database identity of an employee, typed so it cannot be mixed up with other ids. */
public record EmployeeId(long value) implements Serializable {

    public EmployeeId {
        if (value <= 0) {
            throw new IllegalArgumentException("employee id must be positive, was " + value);
        }
    }
}
