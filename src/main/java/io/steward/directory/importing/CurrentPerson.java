package io.steward.directory.importing;

import io.steward.base.Role;
import java.time.LocalDate;
import java.util.Set;

/** A person as the directory holds them before an import, with the row version the import updates against. */
record CurrentPerson(long id, long version, String employeeNumber, String email, String displayName,
        String department, String managerNumber, Set<Role> roles, String locale, LocalDate hireDate,
        boolean active) {
}
