package io.steward.directory;

/** One person in a manager's reporting line, as shown in team lists. */
public record TeamMember(long id, String employeeNumber, String displayName, String email, String department,
        String manager, boolean active) {
}
