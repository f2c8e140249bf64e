package io.steward.directory.importing;

import static io.steward.directory.importing.ImportPlanner.key;

import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.directory.RolesChanged;
import io.steward.directory.importing.ImportPlan.Update;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the whole directory in two queries and writes an import plan in JDBC batches: a staff list of ten
 * thousand people must not become tens of thousands of round trips. Only rows that change are written, each
 * update checked against the row version read before, so a concurrent change fails the import instead of
 * being overwritten.
 */
@Component
class DirectoryStore {

    private final JdbcTemplate jdbc;

    DirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@link #apply} did: the active people it created, everyone it deactivated, and whose roles changed. */
    record Applied(List<Created> createdActive, Set<EmployeeId> deactivated, List<RolesChanged> roleChanges) {
    }

    record Created(StaffRow row, EmployeeId id) {
    }

    List<CurrentPerson> load() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.query("SELECT employee_id, role FROM employee_role", (ResultSet rs) -> {
            roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
        });
        return jdbc.query("""
                SELECT e.id, e.version, e.employee_number, e.email, e.display_name, d.name AS department,
                       m.employee_number AS manager_number, e.locale, e.hire_date, e.active
                FROM employee e
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id""",
                (rs, n) -> person(rs, roles.getOrDefault(rs.getLong("id"), EnumSet.noneOf(Role.class))));
    }

    private static CurrentPerson person(ResultSet rs, Set<Role> roles) throws SQLException {
        Set<Role> withEmployee = EnumSet.copyOf(roles.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : roles);
        withEmployee.add(Role.EMPLOYEE);
        Date hired = rs.getDate("hire_date");
        return new CurrentPerson(rs.getLong("id"), rs.getLong("version"), rs.getString("employee_number"),
                rs.getString("email"), rs.getString("display_name"), rs.getString("department"),
                rs.getString("manager_number"), withEmployee, rs.getString("locale"),
                hired == null ? null : hired.toLocalDate(), rs.getBoolean("active"));
    }

    Applied apply(ImportPlan plan, Instant now) {
        Map<String, Long> departments = departments(plan);
        freeChangingEmails(plan.updates());
        insert(plan.creates(), departments, now);
        Map<String, Long> ids = employeeIds();
        update(plan.updates(), departments, ids, now);
        setManagers(plan.creates(), ids);
        List<RolesChanged> roleChanges = replaceRoles(plan, ids);
        deactivate(plan.leavers(), now);
        recordPlacements(now);

        List<Created> createdActive = plan.creates().stream().filter(StaffRow::active)
                .map(r -> new Created(r, new EmployeeId(ids.get(key(r.employeeNumber()))))).toList();
        Set<EmployeeId> deactivated = new LinkedHashSet<>();
        plan.updates().stream().filter(Update::deactivates).forEach(u -> deactivated.add(new EmployeeId(u.before().id())));
        plan.leavers().forEach(p -> deactivated.add(new EmployeeId(p.id())));
        return new Applied(createdActive, deactivated, roleChanges);
    }

    /** Department ids by lower-case name, creating the departments the plan names that do not exist yet. */
    private Map<String, Long> departments(ImportPlan plan) {
        Map<String, Long> ids = departmentIds();
        Map<String, String> missing = new HashMap<>();
        for (StaffRow row : rowsWritten(plan)) {
            if (row.department() != null && !ids.containsKey(key(row.department()))) {
                missing.putIfAbsent(key(row.department()), row.department());
            }
        }
        if (missing.isEmpty()) {
            return ids;
        }
        jdbc.batchUpdate("INSERT INTO department (name) VALUES (?)",
                missing.values().stream().map(name -> new Object[] {name}).toList());
        return departmentIds();
    }

    private Map<String, Long> departmentIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, name FROM department", (ResultSet rs) -> {
            ids.put(key(rs.getString("name")), rs.getLong("id"));
        });
        return ids;
    }

    private Map<String, Long> employeeIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, employee_number FROM employee", (ResultSet rs) -> {
            ids.put(key(rs.getString("employee_number")), rs.getLong("id"));
        });
        return ids;
    }

    /**
     * People who swap or pass on email addresses within one file would collide with the unique key while the
     * rows are updated one by one; parking their old addresses first avoids that.
     */
    private void freeChangingEmails(List<Update> updates) {
        List<Object[]> parked = updates.stream()
                .filter(u -> !u.before().email().equalsIgnoreCase(u.after().email()))
                .map(u -> new Object[] {"~" + u.before().id() + "@import.invalid", u.before().id()})
                .toList();
        jdbc.batchUpdate("UPDATE employee SET email = ? WHERE id = ?", parked);
    }

    private void insert(List<StaffRow> creates, Map<String, Long> departments, Instant now) {
        jdbc.batchUpdate("""
                INSERT INTO employee (employee_number, email, display_name, locale, hire_date, active, deactivated_at,
                                      department_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                creates.stream().map(r -> new Object[] {r.employeeNumber(), r.email(), r.displayName(), r.locale(),
                        date(r), r.active(), r.active() ? null : Timestamp.from(now), department(r, departments)})
                        .toList());
    }

    private void update(List<Update> updates, Map<String, Long> departments, Map<String, Long> ids, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (Update u : updates) {
            StaffRow r = u.after();
            rows.add(new Object[] {r.email(), r.displayName(), r.locale(), date(r), r.active(), r.active(),
                    Timestamp.from(now), department(r, departments), manager(r, ids), u.before().id(),
                    u.before().version()});
        }
        // deactivated_at starts the clock of the contact details' retention; coming back stops it.
        int[] counts = jdbc.batchUpdate("""
                UPDATE employee SET email = ?, display_name = ?, locale = ?, hire_date = ?, active = ?,
                                    deactivated_at = CASE WHEN ? THEN NULL ELSE COALESCE(deactivated_at, ?) END,
                                    department_id = ?, manager_id = ?, version = version + 1
                WHERE id = ? AND version = ?""", rows);
        requireEveryRowUpdated(counts);
    }

    private void setManagers(List<StaffRow> creates, Map<String, Long> ids) {
        jdbc.batchUpdate("UPDATE employee SET manager_id = ? WHERE id = ?",
                creates.stream().filter(r -> r.managerNumber() != null)
                        .map(r -> new Object[] {manager(r, ids), ids.get(key(r.employeeNumber()))}).toList());
    }

    /** Writes the roles of new people and of people whose roles change; answers every change beyond EMPLOYEE. */
    private List<RolesChanged> replaceRoles(ImportPlan plan, Map<String, Long> ids) {
        List<StaffRow> granted = new ArrayList<>(plan.creates());
        List<Object[]> revoked = new ArrayList<>();
        List<RolesChanged> changes = new ArrayList<>();
        for (StaffRow r : plan.creates()) {
            if (!r.roles().equals(EnumSet.of(Role.EMPLOYEE))) {
                changes.add(new RolesChanged(new EmployeeId(ids.get(key(r.employeeNumber()))), Set.of(), r.roles()));
            }
        }
        for (Update u : plan.updates()) {
            if (!u.before().roles().equals(u.after().roles())) {
                granted.add(u.after());
                revoked.add(new Object[] {u.before().id()});
                changes.add(new RolesChanged(new EmployeeId(u.before().id()), u.before().roles(), u.after().roles()));
            }
        }
        jdbc.batchUpdate("DELETE FROM employee_role WHERE employee_id = ?", revoked);
        List<Object[]> rows = new ArrayList<>();
        for (StaffRow r : granted) {
            long id = ids.get(key(r.employeeNumber()));
            r.roles().forEach(role -> rows.add(new Object[] {id, role.name()}));
        }
        jdbc.batchUpdate("INSERT INTO employee_role (employee_id, role) VALUES (?, ?)", rows);
        return changes;
    }

    private void deactivate(List<CurrentPerson> leavers, Instant now) {
        int[] counts = jdbc.batchUpdate("""
                UPDATE employee SET active = FALSE, deactivated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""",
                leavers.stream().map(p -> new Object[] {Timestamp.from(now), p.id(), p.version()}).toList());
        requireEveryRowUpdated(counts);
    }

    /**
     * Ends the placement of everyone whose department, manager or employment the import changed, and opens the
     * new one (docs/decisions/0017): two set-based statements over the directory, whatever the list's size.
     */
    private void recordPlacements(Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                UPDATE employee_placement p JOIN employee e ON e.id = p.employee_id
                SET p.valid_to = GREATEST(p.valid_from, ?)
                WHERE p.valid_to IS NULL AND NOT (p.department_id <=> e.department_id
                      AND p.manager_id <=> e.manager_id AND p.active = e.active)""", at);
        jdbc.update("""
                INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from)
                SELECT e.id, e.department_id, e.manager_id, e.active, ? FROM employee e
                WHERE NOT EXISTS (SELECT 1 FROM employee_placement p
                                  WHERE p.employee_id = e.id AND p.valid_to IS NULL)""", at);
    }

    private static void requireEveryRowUpdated(int[] counts) {
        for (int count : counts) {
            if (count == 0) {
                throw new OptimisticLockingFailureException(
                        "Someone changed the directory while the staff list was being imported");
            }
        }
    }

    private static List<StaffRow> rowsWritten(ImportPlan plan) {
        List<StaffRow> rows = new ArrayList<>(plan.creates());
        plan.updates().forEach(u -> rows.add(u.after()));
        return rows;
    }

    private static Date date(StaffRow row) {
        return row.hireDate() == null ? null : Date.valueOf(row.hireDate());
    }

    private static Long department(StaffRow row, Map<String, Long> departments) {
        return row.department() == null ? null : departments.get(key(row.department()));
    }

    private static Long manager(StaffRow row, Map<String, Long> ids) {
        return row.managerNumber() == null ? null : ids.get(key(row.managerNumber()));
    }
}
