package io.steward.directory.importing;

import io.steward.base.Role;
import java.time.LocalDate;
import java.util.Set;

/**
 * One person as the staff list describes them, already checked field by field. {@code department} and
 * {@code managerNumber} are {@code null} when empty; {@code roles} always holds {@link Role#EMPLOYEE}.
 */
record StaffRow(int line, String employeeNumber, String email, String displayName, String department,
        String managerNumber, Set<Role> roles, String locale, LocalDate hireDate, boolean active) {
}
