package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.Role;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.directory.importing.ImportPreview.PersonChange;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    private static final List<CurrentPerson> DIRECTORY = List.of(
            person(1, "E1", "ann@example.com", "Ann", null, true),
            person(2, "E2", "bo@example.com", "Bo", "E1", true),
            person(3, "E3", "cy@example.com", "Cy", "E1", true),
            person(4, "E4", "di@example.com", "Di", "E1", false));

    private static CurrentPerson person(long id, String number, String email, String name, String manager,
            boolean active) {
        return new CurrentPerson(id, 0, number, email, name, "Sales", manager, EnumSet.of(Role.EMPLOYEE), "en",
                LocalDate.of(2020, 1, 1), active);
    }

    private static ImportPlanner.Outcome plan(ImportMode mode, String... rows) {
        String file = StaffListReaderTest.HEADER + String.join("\n", rows);
        StaffListReader.StaffList list = StaffListReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(list.problems()).as("the rows themselves are well-formed").isEmpty();
        return ImportPlanner.plan(list, DIRECTORY, mode, false);
    }

    private static String row(String number, String email, String name, String manager) {
        return number + "," + email + "," + name + ",Sales," + manager + ",,en,2020-01-01,true";
    }

    @Test
    void the_directory_as_it_is_changes_nothing() {
        ImportPreview preview = plan(ImportMode.FULL, row("E1", "ann@example.com", "Ann", ""),
                row("E2", "bo@example.com", "Bo", "E1"), row("E3", "cy@example.com", "Cy", "E1")).plan().preview();

        assertThat(preview.changesNothing()).isTrue();
        assertThat(preview.unchanged()).isEqualTo(3);
    }

    @Test
    void a_full_list_creates_updates_and_deactivates_people_missing_from_it() {
        ImportPreview preview = plan(ImportMode.FULL, row("E1", "ann@example.com", "Ann Lee", ""),
                row("e2", "BO@example.com", "Bo", "e1"), row("E9", "new@example.com", "Nia", "E2")).plan().preview();

        assertThat(preview.created()).containsExactly(new PersonChange("E9", "Nia", "new@example.com", List.of()));
        assertThat(preview.updated()).containsExactly(
                new PersonChange("E1", "Ann Lee", "ann@example.com", List.of("display_name")),
                new PersonChange("e2", "Bo", "BO@example.com", List.of("email")));
        assertThat(preview.deactivated()).extracting(PersonChange::employeeId)
                .as("E4 is already inactive").containsExactly("E3");
        assertThat(preview.unchanged()).isZero();
    }

    @Test
    void a_partial_list_touches_only_its_own_people_and_may_name_managers_outside_it() {
        ImportPreview preview = plan(ImportMode.PARTIAL, row("E9", "new@example.com", "Nia", "E3")).plan().preview();

        assertThat(preview.created()).hasSize(1);
        assertThat(preview.deactivated()).isEmpty();
    }

    @Test
    void a_person_marked_inactive_counts_as_deactivated() {
        ImportPreview preview = plan(ImportMode.PARTIAL, row("E3", "cy@example.com", "Cy", "E1")
                .replace(",true", ",false")).plan().preview();

        assertThat(preview.deactivated()).containsExactly(
                new PersonChange("E3", "Cy", "cy@example.com", List.of("active")));
    }

    @Test
    void duplicate_ids_and_emails_are_reported_on_the_later_line() {
        assertThat(plan(ImportMode.FULL, row("E1", "ann@example.com", "Ann", ""),
                row("e1", "x@example.com", "X", ""), row("E5", "ANN@example.com", "Y", "")).problems())
                .containsExactly(
                        new ImportProblem(3, "employee_id", Kind.DUPLICATE_ID, "e1", "2"),
                        new ImportProblem(4, "email", Kind.DUPLICATE_EMAIL, "ANN@example.com", "2"));
    }

    @Test
    void an_email_held_by_someone_outside_the_file_is_reported() {
        assertThat(plan(ImportMode.PARTIAL, row("E9", "cy@example.com", "Nia", "")).problems())
                .containsExactly(new ImportProblem(2, "email", Kind.EMAIL_TAKEN, "cy@example.com", "E3"));
    }

    @Test
    void two_people_may_swap_email_addresses() {
        ImportPlanner.Outcome outcome = plan(ImportMode.PARTIAL, row("E2", "cy@example.com", "Bo", "E1"),
                row("E3", "bo@example.com", "Cy", "E1"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.plan().updates()).hasSize(2);
    }

    @Test
    void a_full_list_must_contain_every_manager_it_names() {
        assertThat(plan(ImportMode.FULL, row("E9", "new@example.com", "Nia", "E3")).problems())
                .containsExactly(new ImportProblem(2, "manager_id", Kind.UNKNOWN_MANAGER, "E3"));
    }

    /** The loop of {@link #every_person_on_a_reporting_cycle_is_reported_with_the_cycle}, by name and id. */
    private static final String ABC = "Ann (A) → Bo (B) → Cy (C) → Ann (A)";

    @Test
    void every_person_on_a_reporting_cycle_is_reported_with_the_cycle() {
        assertThat(plan(ImportMode.FULL, row("A", "a@example.com", "Ann", "B"), row("B", "b@example.com", "Bo", "C"),
                row("C", "c@example.com", "Cy", "A"), row("D", "d@example.com", "D", "A"),
                row("S", "s@example.com", "S", "S")).problems())
                .containsExactly(
                        new ImportProblem(2, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                        new ImportProblem(3, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                        new ImportProblem(4, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                        new ImportProblem(6, "manager_id", Kind.MANAGER_CYCLE, "S (S) → S (S)", "6"));
    }

    @Test
    void a_partial_list_that_closes_a_cycle_through_the_directory_is_reported() {
        assertThat(plan(ImportMode.PARTIAL, row("E1", "ann@example.com", "Ann", "E2")).problems())
                .containsExactly(new ImportProblem(2, "manager_id", Kind.MANAGER_CYCLE,
                        "Ann (E1) → Bo (E2) → Ann (E1)", "2"));
    }

    @Test
    void a_list_may_keep_or_take_away_hr_and_auditor_but_only_give_them_where_that_is_switched_on() {
        List<CurrentPerson> directory = List.of(
                new CurrentPerson(1, 0, "H1", "hr@example.com", "Hana", "Sales", null,
                        EnumSet.of(Role.EMPLOYEE, Role.HR), "en", LocalDate.of(2020, 1, 1), true),
                new CurrentPerson(2, 0, "A2", "aud@example.com", "Abe", "Sales", null,
                        EnumSet.of(Role.EMPLOYEE, Role.AUDITOR), "en", LocalDate.of(2020, 1, 1), true));
        String file = StaffListReaderTest.HEADER + String.join("\n",
                "H1,hr@example.com,Hana,Sales,,HR,en,2020-01-01,true",
                "A2,aud@example.com,Abe,Sales,,HR;MANAGER,en,2020-01-01,true",
                "N3,new@example.com,Nia,Sales,,AUDITOR;AUTHOR,en,2020-01-01,true",
                "N4,other@example.com,Ole,Sales,,MANAGER;AUTHOR,en,2020-01-01,true");
        StaffListReader.StaffList list = StaffListReader.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(ImportPlanner.plan(list, directory, ImportMode.FULL, false).problems())
                .as("Hana keeps HR, Abe loses AUDITOR; Abe gaining HR and Nia gaining AUDITOR are refused")
                .containsExactly(new ImportProblem(3, "roles", Kind.PRIVILEGED_ROLE, "HR"),
                        new ImportProblem(4, "roles", Kind.PRIVILEGED_ROLE, "AUDITOR"));
        assertThat(ImportPlanner.plan(list, directory, ImportMode.FULL, true).problems()).isEmpty();
    }

    @Test
    void problems_in_fields_and_across_rows_are_reported_together_in_line_order() {
        String file = StaffListReaderTest.HEADER + String.join("\n", row("M1", "bad-email", "Mo", ""),
                row("E9", "new@example.com", "Nia", "M1"), row("E8", "new@example.com", "Ole", "E404"));
        StaffListReader.StaffList list = StaffListReader.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(ImportPlanner.plan(list, DIRECTORY, ImportMode.FULL, false).problems()).containsExactly(
                new ImportProblem(2, "email", Kind.BAD_EMAIL, "bad-email"),
                new ImportProblem(4, "email", Kind.DUPLICATE_EMAIL, "new@example.com", "3"),
                new ImportProblem(4, "manager_id", Kind.UNKNOWN_MANAGER, "E404"));
    }

    /** A second loop, through Di's row, which is refused for its email. */
    private static final String DG = "Di (D) → Gus (G) → Di (D)";

    @Test
    void a_reporting_cycle_is_reported_in_the_same_answer_as_the_files_other_problems() {
        String file = StaffListReaderTest.HEADER + String.join("\n",
                row("A", "a@example.com", "Ann", "B"),
                row("B", "b@example.com", "Bo", "C"),
                row("C", "c@example.com", "Cy", "A"),
                row("D", "bad-email", "Di", "G"),
                row("E9", "e9@example.com", "Nia", "E404"),
                row("a", "again@example.com", "Ann again", ""),
                row("F", "b@example.com", "Fay", "A"),
                row("G", "g@example.com", "Gus", "D"));
        StaffListReader.StaffList list = StaffListReader.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(ImportPlanner.plan(list, DIRECTORY, ImportMode.FULL, false).problems()).containsExactly(
                new ImportProblem(2, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                new ImportProblem(3, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                new ImportProblem(4, "manager_id", Kind.MANAGER_CYCLE, ABC, "2, 3, 4"),
                new ImportProblem(5, "email", Kind.BAD_EMAIL, "bad-email"),
                new ImportProblem(5, "manager_id", Kind.MANAGER_CYCLE, DG, "5, 9"),
                new ImportProblem(6, "manager_id", Kind.UNKNOWN_MANAGER, "E404"),
                new ImportProblem(7, "employee_id", Kind.DUPLICATE_ID, "a", "2"),
                new ImportProblem(8, "email", Kind.DUPLICATE_EMAIL, "b@example.com", "3"),
                new ImportProblem(9, "manager_id", Kind.MANAGER_CYCLE, DG, "5, 9"));
    }
}
