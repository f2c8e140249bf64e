package io.steward.directory.importing;

import java.util.List;

/**
 * What a staff list does (or would do) to the directory. {@code deactivated} holds both people the file marks
 * inactive and, in a full import, active people the file leaves out; {@code unchanged} counts rows that
 * change nothing.
 */
public record ImportPreview(List<PersonChange> created, List<PersonChange> updated, List<PersonChange> deactivated,
        int unchanged) {

    public ImportPreview {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        deactivated = List.copyOf(deactivated);
    }

    /** True when applying the list would change nothing at all. */
    public boolean changesNothing() {
        return created.isEmpty() && updated.isEmpty() && deactivated.isEmpty();
    }

    /** One person the import touches; {@code changedColumns} names the columns that differ (empty for new people). */
    public record PersonChange(String employeeId, String displayName, String email, List<String> changedColumns) {

        public PersonChange {
            changedColumns = List.copyOf(changedColumns);
        }
    }
}
