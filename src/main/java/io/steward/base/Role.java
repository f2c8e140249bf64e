package io.steward.base;

/**
 * What a person may do in Steward. Everyone is an {@link #EMPLOYEE}; the others are added on top.
 * {@link Names} holds the same names as constants for {@code @RolesAllowed}.
 */
public enum Role {
    EMPLOYEE,
    MANAGER,
    HR,
    AUTHOR,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Compile-time constants for annotations; a unit test keeps them equal to the enum. */
    public static final class Names {
        public static final String EMPLOYEE = "EMPLOYEE";
        public static final String MANAGER = "MANAGER";
        public static final String HR = "HR";
        public static final String AUTHOR = "AUTHOR";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
