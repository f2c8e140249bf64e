package io.steward.directory.importing;

import io.steward.directory.importing.ImportPreview.PersonChange;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an accepted staff list will do: people to create, people to update (with the columns that change),
 * active people missing from a full list (leavers), and how many rows change nothing.
 */
record ImportPlan(List<StaffRow> creates, List<Update> updates, List<CurrentPerson> leavers, int unchanged) {

    record Update(CurrentPerson before, StaffRow after, List<String> changedColumns) {

        boolean deactivates() {
            return before.active() && !after.active();
        }
    }

    ImportPreview preview() {
        return new ImportPreview(
                creates.stream().map(r -> new PersonChange(r.employeeNumber(), r.displayName(), r.email(), List.of()))
                        .toList(),
                updates.stream().filter(u -> !u.deactivates()).map(ImportPlan::change).toList(),
                Stream.concat(updates.stream().filter(Update::deactivates).map(ImportPlan::change),
                        leavers.stream().map(p -> new PersonChange(p.employeeNumber(), p.displayName(), p.email(),
                                List.of()))).toList(),
                unchanged);
    }

    private static PersonChange change(Update update) {
        StaffRow row = update.after();
        return new PersonChange(row.employeeNumber(), row.displayName(), row.email(), update.changedColumns());
    }
}
