package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DirectoryImportIntegrationTest {

    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SessionRegistry sessions;
    @Autowired
    private DirectoryStore store;
    @Autowired
    private TransactionTemplate transaction;

    private List<String> original;
    /** New people get ids and emails no earlier test used: the directory never forgets anyone. */
    private String rosa;
    private String sven;

    @BeforeEach
    void rememberTheDirectory() {
        original = StaffLists.currentRows(jdbc);
        String unique = Long.toString(System.nanoTime(), 36);
        rosa = "R" + unique;
        sven = "S" + unique;
    }

    @AfterEach
    void putTheDirectoryBack() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(original), ImportMode.FULL);
        }
    }

    private ImportResult importAsHr(List<String> rows, ImportMode mode) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            return imports.importStaffList(StaffLists.file(rows), mode);
        }
    }

    private List<String> withChanges() {
        List<String> rows = new ArrayList<>(original);
        rows.removeIf(r -> r.startsWith("E1053,"));
        rows.replaceAll(r -> r.startsWith("E1052,") ? r.replace("Julia Costa", "Julia Costa-Berg") : r);
        rows.add(StaffLists.row(rosa, rosa + "@example.com", "Rosa Díaz, Jr.", "Legal", "E1000", "MANAGER;AUTHOR",
                "es-ES", "2026-01-12", true));
        rows.add(StaffLists.row(sven, sven + "@example.com", "Sven \"Svenne\" Berg", "Legal", rosa, "", "sv", "",
                true));
        return rows;
    }

    @Test
    void importing_the_directory_as_it_is_changes_nothing() {
        Map<String, Long> versions = versions();

        ImportResult result = importAsHr(original, ImportMode.FULL);

        assertThat(result.changes().changesNothing()).isTrue();
        assertThat(result.changes().unchanged()).isEqualTo(original.size());
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void a_changed_list_creates_updates_and_deactivates_and_touches_no_other_row() {
        Map<String, Long> before = versions();

        ImportResult result = importAsHr(withChanges(), ImportMode.FULL);

        assertThat(result.changes().created()).extracting(ImportPreview.PersonChange::employeeId)
                .containsExactly(rosa, sven);
        assertThat(result.changes().updated()).extracting(ImportPreview.PersonChange::employeeId)
                .containsExactly("E1052");
        assertThat(result.changes().deactivated()).extracting(ImportPreview.PersonChange::employeeId)
                .containsExactly("E1053");
        assertThat(result.invitations()).extracting(ImportResult.NewcomerInvitation::employeeId)
                .containsExactly(rosa, sven);

        Map<String, Long> after = versions();
        before.forEach((number, version) -> {
            long expected = number.equals("E1052") || number.equals("E1053") ? version + 1 : version;
            assertThat(after.get(number)).as("version of " + number).isEqualTo(expected);
        });
        assertThat(jdbc.sql("""
                SELECT CONCAT_WS('|', e.display_name, d.name, m.employee_number, e.locale, e.hire_date)
                FROM employee e JOIN department d ON d.id = e.department_id JOIN employee m ON m.id = e.manager_id
                WHERE e.employee_number = ?""").param(rosa).query(String.class).single())
                .isEqualTo("Rosa Díaz, Jr.|Legal|E1000|es-ES|2026-01-12");
        assertThat(roles(rosa)).containsExactlyInAnyOrder("EMPLOYEE", "AUTHOR", "MANAGER");
        assertThat(jdbc.sql("SELECT active FROM employee WHERE employee_number = 'E1053'").query(Boolean.class)
                .single()).isFalse();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM credential c JOIN employee e ON e.id = c.employee_id
                WHERE e.employee_number = 'E1053'""").query(Integer.class).single())
                .as("a deactivated person is never deleted, nor is anything of theirs").isEqualTo(1);
    }

    @Test
    void each_change_of_department_manager_or_employment_ends_one_placement_and_opens_the_next() {
        importAsHr(original, ImportMode.FULL);
        List<String> julia = placements("E1052");
        List<String> chloe = placements("E1023");
        List<String> rows = withChanges();
        Map<String, Object> mover = jdbc.sql("""
                SELECT e.email, e.display_name, m.employee_number AS manager, e.locale, e.hire_date
                FROM employee e LEFT JOIN employee m ON m.id = e.manager_id WHERE e.employee_number = 'E1051'""")
                .query().singleRow();
        rows.replaceAll(r -> r.startsWith("E1051,") ? StaffLists.row("E1051", (String) mover.get("email"),
                (String) mover.get("display_name"), "Legal", (String) mover.get("manager"), "",
                (String) mover.get("locale"), mover.get("hire_date") == null ? "" : mover.get("hire_date").toString(),
                true) : r);
        List<String> moverBefore = placements("E1051");
        List<String> leaverBefore = placements("E1053");

        importAsHr(rows, ImportMode.FULL);

        assertThat(placements("E1052")).as("a new name is no new placement").isEqualTo(julia);
        assertThat(placements("E1023")).as("nor is an unchanged row").isEqualTo(chloe);
        assertThat(placements("E1051")).hasSize(moverBefore.size() + 1)
                .startsWith(moverBefore.subList(0, moverBefore.size() - 1).toArray(String[]::new))
                .endsWith(ended(moverBefore.getLast()), "Legal|" + mover.get("manager") + "|true|now");
        assertThat(placements("E1053")).hasSize(leaverBefore.size() + 1)
                .endsWith(ended(leaverBefore.getLast()), leaverBefore.getLast().replace("|true|", "|false|"));
        assertThat(placements(rosa)).containsExactly("Legal|E1000|true|now");
        assertThat(placements(sven)).containsExactly("Legal|" + rosa + "|true|now");
    }

    /** Each period of the person: department, manager, employed, and "now" while it still holds. */
    private List<String> placements(String number) {
        return jdbc.sql("""
                SELECT CONCAT_WS('|', IFNULL(d.name, '-'), IFNULL(m.employee_number, '-'),
                                 IF(p.active, 'true', 'false'), IF(p.valid_to IS NULL, 'now', 'ended'))
                FROM employee_placement p JOIN employee e ON e.id = p.employee_id
                LEFT JOIN department d ON d.id = p.department_id LEFT JOIN employee m ON m.id = p.manager_id
                WHERE e.employee_number = ? ORDER BY p.valid_from, p.id""").param(number).query(String.class).list();
    }

    private static String ended(String placement) {
        return placement.substring(0, placement.lastIndexOf('|')) + "|ended";
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() {
        importAsHr(withChanges(), ImportMode.FULL);
        Map<String, Long> versions = versions();
        String fingerprint = fingerprint();

        ImportResult second = importAsHr(withChanges(), ImportMode.FULL);

        assertThat(second.changes().changesNothing()).isTrue();
        assertThat(second.invitations()).isEmpty();
        assertThat(versions()).isEqualTo(versions);
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void a_rejected_file_changes_nothing_at_all() {
        List<String> rows = withChanges();
        rows.add(StaffLists.row("X" + rosa, "not an email", "Bad Row", "Legal", "E1000", "", "en", "", true));
        rows.add(StaffLists.row("Y" + rosa, "y" + rosa + "@example.com", "Ghost Manager", "Legal", "E9999", "", "en",
                "", true));
        String before = fingerprint();

        assertThatThrownBy(() -> importAsHr(rows, ImportMode.FULL))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::kind)
                        .containsExactly(tuple(rows.size(), "email", Kind.BAD_EMAIL),
                                tuple(rows.size() + 1, "manager_id", Kind.UNKNOWN_MANAGER)));
        rows.remove(rows.size() - 2);
        assertThatThrownBy(() -> importAsHr(rows, ImportMode.FULL))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(rows.size() + 1, "manager_id", Kind.UNKNOWN_MANAGER,
                                "E9999")));

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void the_preview_tells_what_an_import_would_do_without_doing_it() {
        String before = fingerprint();

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            ImportPreview preview = imports.preview(StaffLists.file(withChanges()), ImportMode.FULL);

            assertThat(preview.created()).hasSize(2);
            assertThat(preview.updated()).singleElement()
                    .satisfies(p -> assertThat(p.changedColumns()).containsExactly("display_name"));
            assertThat(preview.deactivated()).hasSize(1);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void deactivation_ends_the_sessions_of_exactly_the_people_deactivated() {
        assertTheImportEndsTheSessionsOfOnly("E1053", "E1052", withChanges());
    }

    @Test
    void a_role_taken_away_ends_that_persons_sessions_and_no_one_elses() {
        List<String> rows = new ArrayList<>(original);
        rows.replaceAll(r -> r.startsWith("E1010,") ? StaffLists.withRoles(r, "") : r);

        assertTheImportEndsTheSessionsOfOnly("E1010", "E1003", rows);

        assertThat(roles("E1010")).containsExactly("EMPLOYEE");
    }

    /** Gives both people a session, imports the rows, and checks that only the first one's session ended. */
    private void assertTheImportEndsTheSessionsOfOnly(String ended, String kept, List<String> rows) {
        sessions.registerNewSession("session-of-" + ended, user(ended));
        sessions.registerNewSession("session-of-" + kept, user(kept));
        try {
            importAsHr(rows, ImportMode.FULL);

            assertThat(sessions.getSessionInformation("session-of-" + ended).isExpired()).as(ended).isTrue();
            assertThat(sessions.getSessionInformation("session-of-" + kept).isExpired()).as(kept).isFalse();
        } finally {
            sessions.removeSessionInformation("session-of-" + ended);
            sessions.removeSessionInformation("session-of-" + kept);
        }
    }

    @Test
    void a_file_marking_someone_inactive_in_a_partial_import_deactivates_only_them() {
        String row = original.stream().filter(r -> r.startsWith("E1051,")).findFirst().orElseThrow();

        ImportResult result = importAsHr(List.of(row.replace(",true", ",false")), ImportMode.PARTIAL);

        assertThat(result.changes().deactivated()).extracting(ImportPreview.PersonChange::employeeId)
                .containsExactly("E1051");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee WHERE active = FALSE").query(Integer.class).single())
                .isEqualTo(1 + (int) original.stream().filter(r -> r.endsWith(",false")).count());
    }

    @Test
    void a_row_changed_after_the_directory_was_read_fails_the_whole_import() {
        ImportPlan plan = ImportPlanner.plan(StaffListReader.read(StaffLists.file(withChanges())), store.load(),
                ImportMode.FULL, false).plan();
        jdbc.sql("UPDATE employee SET version = version + 1 WHERE employee_number = 'E1052'").update();
        String before = fingerprint();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> store.apply(plan, Instant.now())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void only_hr_may_import() {
        try (var employee = signedIn.as(DemoOrganisation.MANAGER)) {
            assertThatThrownBy(() -> imports.importStaffList(StaffLists.file(original), ImportMode.FULL))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private SignedInUser user(String number) {
        Map<String, Object> row = jdbc.sql("SELECT id, email, display_name FROM employee WHERE employee_number = ?")
                .param(number).query().singleRow();
        return new SignedInUser(new EmployeeId(((Number) row.get("id")).longValue()), (String) row.get("email"), "",
                true, (String) row.get("display_name"), Locale.ENGLISH, EnumSet.of(Role.EMPLOYEE));
    }

    private Map<String, Long> versions() {
        return jdbc.sql("SELECT employee_number, version FROM employee").query()
                .listOfRows().stream().collect(Collectors.toMap(r -> (String) r.get("employee_number"),
                        r -> ((Number) r.get("version")).longValue()));
    }

    private List<String> roles(String number) {
        return jdbc.sql("""
                SELECT r.role FROM employee_role r JOIN employee e ON e.id = r.employee_id
                WHERE e.employee_number = ?""").param(number).query(String.class).list();
    }

    /** Everything an import may write, in a stable order. */
    private String fingerprint() {
        return String.join("\n", jdbc.sql("""
                SELECT CONCAT_WS('|', id, employee_number, email, display_name, IFNULL(department_id, '-'),
                                 IFNULL(manager_id, '-'), locale, IFNULL(hire_date, '-'), active, version)
                FROM employee ORDER BY id""").query(String.class).list())
                + jdbc.sql("SELECT CONCAT_WS('|', id, name) FROM department ORDER BY id").query(String.class).list()
                + jdbc.sql("SELECT CONCAT_WS('|', employee_id, role) FROM employee_role ORDER BY employee_id, role")
                        .query(String.class).list()
                + jdbc.sql("SELECT COUNT(*) FROM invitation").query(String.class).single()
                + jdbc.sql("""
                        SELECT CONCAT_WS('|', id, employee_id, IFNULL(department_id, '-'), IFNULL(manager_id, '-'),
                                         active, valid_from, IFNULL(valid_to, '-'))
                        FROM employee_placement ORDER BY id""").query(String.class).list();
    }
}
