package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.Role;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.directory.importing.StaffListReader.StaffList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffListReaderTest {

    static final String HEADER = "employee_id,email,display_name,department,manager_id,roles,locale,hire_date,active\n";

    private static StaffList read(String text) {
        return StaffListReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportProblem> problems(String text) {
        return read(text).problems();
    }

    @Test
    void a_well_formed_row_becomes_a_staff_row() {
        StaffList list = read(HEADER + "E1,ann@example.com,Ann Lee,Sales,E0,manager; hr,de-CH,2024-02-29,TRUE\n"
                + "E0,boss@example.com,=Boss,,,,,,false\n");

        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).containsExactly(
                new StaffRow(2, "E1", "ann@example.com", "Ann Lee", "Sales", "E0",
                        EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR), "de-CH", LocalDate.of(2024, 2, 29), true),
                new StaffRow(3, "E0", "boss@example.com", "=Boss", null, null, EnumSet.of(Role.EMPLOYEE), "en",
                        null, false));
    }

    @Test
    void columns_may_come_in_any_order_and_extra_columns_are_ignored() {
        StaffList list = read("active,cost_centre,hire_date,locale,roles,manager_id,department,display_name,email,"
                + "employee_id\ntrue,4711,,,,,Ops,Kai,kai@example.com,E7\n");

        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.employeeNumber()).isEqualTo("E7");
            assertThat(row.department()).isEqualTo("Ops");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void every_missing_column_is_named() {
        assertThat(problems("employee_id,email,display_name,department,roles,locale,active\nE1,a@b.c,A,,,,true\n"))
                .containsExactly(new ImportProblem(1, "manager_id", Kind.MISSING_COLUMN),
                        new ImportProblem(1, "hire_date", Kind.MISSING_COLUMN));
    }

    @Test
    void a_column_named_twice_is_reported() {
        assertThat(problems(HEADER.strip() + ",EMAIL\n")).containsExactly(
                new ImportProblem(1, "email", Kind.DUPLICATE_COLUMN));
    }

    @Test
    void every_field_problem_is_reported_with_its_line_and_column() {
        String file = HEADER
                + "E1,not-an-email,Ann,,,,,,true\n"
                + "E2,b@example.com,Bo,,,ROOT;HR,,,true\n"
                + "E3,c@example.com,Cy,,,,,2025-02-30,true\n"
                + "E4,d@example.com,Di,,,,,,yes\n"
                + "E5,e@example.com,Ed,,,,not a tag!,,true\n"
                + ",f@example.com,  ,,,,,,true\n"
                + "E7,g@example.com\n";

        assertThat(problems(file)).containsExactly(
                new ImportProblem(2, "email", Kind.BAD_EMAIL, "not-an-email"),
                new ImportProblem(3, "roles", Kind.UNKNOWN_ROLE, "ROOT"),
                new ImportProblem(4, "hire_date", Kind.BAD_DATE, "2025-02-30"),
                new ImportProblem(5, "active", Kind.BAD_ACTIVE, "yes"),
                new ImportProblem(6, "locale", Kind.BAD_LOCALE, "not a tag!"),
                new ImportProblem(7, "employee_id", Kind.REQUIRED),
                new ImportProblem(7, "display_name", Kind.REQUIRED),
                new ImportProblem(8, null, Kind.WRONG_FIELD_COUNT, "9", "2"));
    }

    @Test
    void rows_without_problems_are_still_read_and_faulty_rows_are_kept_as_far_as_they_read() {
        StaffList list = read(HEADER + "E1,bad,Ann,,,,,,true\nE2,b@example.com,Bo,,E1,,,,true\n,x,,,,,,,\n");

        assertThat(list.rows()).extracting(StaffRow::employeeNumber).containsExactly("E2");
        assertThat(list.faultyRows()).containsExactly(new StaffListReader.FaultyRow(2, "E1", "Ann", null));
    }

    @Test
    void a_value_longer_than_its_column_is_reported() {
        assertThat(problems(HEADER + "E1,a@example.com," + "x".repeat(201) + ",,,,,,true\n"))
                .containsExactly(new ImportProblem(2, "display_name", Kind.TOO_LONG, "200"));
    }

    @Test
    void a_quoted_name_with_a_comma_and_a_line_break_is_stored_as_given_and_later_lines_count_right() {
        String quoted = "\uFEFF" + HEADER + "E1,a@example.com,\"Lee, Ann\nJr.\",,,,,,true\n";

        StaffList good = read(quoted + "E2,b@example.com,Bo,,,,,,true\n");
        StaffList bad = read(quoted + "E2,bad,Bo,,,,,,true\n");

        assertThat(good.rows()).extracting(StaffRow::displayName).containsExactly("Lee, Ann\nJr.", "Bo");
        assertThat(good.rows()).extracting(StaffRow::line).containsExactly(2, 4);
        assertThat(bad.problems()).containsExactly(new ImportProblem(4, "email", Kind.BAD_EMAIL, "bad"));
    }

    @Test
    void a_file_with_only_a_header_or_nothing_at_all_is_refused() {
        assertThat(problems(HEADER)).containsExactly(new ImportProblem(2, null, Kind.EMPTY_FILE));
        assertThat(problems("")).containsExactly(new ImportProblem(1, null, Kind.EMPTY_FILE));
    }
}
