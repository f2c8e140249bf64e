package io.steward.directory.importing;

import io.steward.base.Role;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.directory.importing.ImportPlan.Update;
import io.steward.directory.importing.StaffListReader.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a staff list with the directory: checks what needs several rows or the directory itself (duplicate
 * ids and emails, emails held by someone else, unknown managers, reporting cycles) and, when all is well, works
 * out who is created, updated or deactivated. Employee ids and emails are compared without regard to case, as
 * the database's unique keys do.
 */
final class ImportPlanner {

    /** The roles that open other people's records; a staff list grants them only where that is switched on. */
    private static final Set<Role> PRIVILEGED = EnumSet.of(Role.HR, Role.AUDITOR);

    /** Either a plan or the problems that stop it; never both. */
    record Outcome(ImportPlan plan, List<ImportProblem> problems) {
    }

    private final List<StaffRow> rows;
    /** The rows refused field by field, by key: they count as present, and reporting lines run through them. */
    private final Map<String, StaffListReader.FaultyRow> faulty = new LinkedHashMap<>();
    private final Map<String, CurrentPerson> current;
    private final ImportMode mode;
    private final boolean mayGrantPrivilegedRoles;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, StaffRow> byNumber = new LinkedHashMap<>();

    private ImportPlanner(StaffListReader.StaffList list, List<CurrentPerson> directory, ImportMode mode,
            boolean mayGrantPrivilegedRoles) {
        this.rows = list.rows();
        list.faultyRows().forEach(row -> faulty.putIfAbsent(key(row.employeeNumber()), row));
        this.problems.addAll(list.problems());
        this.mode = mode;
        this.mayGrantPrivilegedRoles = mayGrantPrivilegedRoles;
        this.current = new HashMap<>();
        for (CurrentPerson person : directory) {
            current.put(key(person.employeeNumber()), person);
        }
    }

    /**
     * Plans the import of a staff list; the problems found while reading it are reported with any others.
     * Unless {@code mayGrantPrivilegedRoles}, a row may keep HR or AUDITOR for someone who has it, but not give
     * it to anyone new to it.
     */
    static Outcome plan(StaffListReader.StaffList list, List<CurrentPerson> directory, ImportMode mode,
            boolean mayGrantPrivilegedRoles) {
        return new ImportPlanner(list, directory, mode, mayGrantPrivilegedRoles).plan();
    }

    private Outcome plan() {
        checkDuplicateIds();
        checkEmails();
        checkManagers();
        checkPrivilegedRoles();
        checkCycles();
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new Outcome(null, List.copyOf(problems));
        }
        return new Outcome(changes(), List.of());
    }

    private void checkPrivilegedRoles() {
        if (mayGrantPrivilegedRoles) {
            return;
        }
        for (StaffRow row : rows) {
            CurrentPerson before = current.get(key(row.employeeNumber()));
            for (Role role : PRIVILEGED) {
                if (row.roles().contains(role) && (before == null || !before.roles().contains(role))) {
                    problem(row, Column.ROLES, Kind.PRIVILEGED_ROLE, role.name());
                }
            }
        }
    }

    private void checkDuplicateIds() {
        for (StaffRow row : rows) {
            StaffRow first = byNumber.putIfAbsent(key(row.employeeNumber()), row);
            if (first != null) {
                problem(row, Column.EMPLOYEE_ID, Kind.DUPLICATE_ID, row.employeeNumber(), String.valueOf(first.line()));
            }
        }
    }

    private void checkEmails() {
        Map<String, StaffRow> byEmail = new HashMap<>();
        Map<String, CurrentPerson> heldByOthers = new HashMap<>();
        for (CurrentPerson person : current.values()) {
            if (!byNumber.containsKey(key(person.employeeNumber()))) {
                heldByOthers.put(key(person.email()), person);
            }
        }
        for (StaffRow row : rows) {
            StaffRow first = byEmail.putIfAbsent(key(row.email()), row);
            CurrentPerson holder = heldByOthers.get(key(row.email()));
            if (first != null) {
                problem(row, Column.EMAIL, Kind.DUPLICATE_EMAIL, row.email(), String.valueOf(first.line()));
            } else if (holder != null) {
                problem(row, Column.EMAIL, Kind.EMAIL_TAKEN, row.email(), holder.employeeNumber());
            }
        }
    }

    private void checkManagers() {
        for (StaffRow row : rows) {
            if (row.managerNumber() != null && !exists(key(row.managerNumber()))) {
                problem(row, Column.MANAGER_ID, Kind.UNKNOWN_MANAGER, row.managerNumber());
            }
        }
    }

    private boolean exists(String number) {
        return byNumber.containsKey(number) || faulty.containsKey(number)
                || (mode == ImportMode.PARTIAL && current.containsKey(number));
    }

    /**
     * The manager's key after the import: from the file (a row refused field by field included), or in a partial
     * import from the directory.
     */
    private String managerOf(String number) {
        StaffRow row = byNumber.get(number);
        if (row != null) {
            return row.managerNumber() == null ? null : key(row.managerNumber());
        }
        StaffListReader.FaultyRow refused = faulty.get(number);
        if (refused != null) {
            return refused.managerNumber() == null ? null : key(refused.managerNumber());
        }
        CurrentPerson person = mode == ImportMode.PARTIAL ? current.get(number) : null;
        return person == null || person.managerNumber() == null ? null : key(person.managerNumber());
    }

    /**
     * Follows each row's chain of managers. Everyone has at most one manager, so a chain either ends or runs
     * into a loop; every row on a loop is reported once, with the loop spelled out. Runs whatever else is wrong
     * with the file, so that a loop is not found only after the other problems are fixed: a duplicate id's later
     * row and an unknown manager end a chain, and a row refused field by field is followed as far as it reads.
     */
    private void checkCycles() {
        Set<String> settled = new HashSet<>();
        Set<String> starts = new LinkedHashSet<>(byNumber.keySet());
        starts.addAll(faulty.keySet());
        for (String start : starts) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            String at = start;
            while (at != null && !settled.contains(at) && !onPath.containsKey(at)) {
                onPath.put(at, path.size());
                path.add(at);
                at = managerOf(at);
            }
            if (at != null && onPath.containsKey(at)) {
                reportCycle(path.subList(onPath.get(at), path.size()));
            }
            settled.addAll(path);
        }
    }

    /**
     * One problem on each row of the loop, naming everyone on it, such as {@code Ann (A) → Bo (B) → Ann (A)},
     * and the lines of the file they are on (a partial list's loop may run through people not in the file).
     */
    private void reportCycle(List<String> found) {
        // Told from the person on the earliest line, whichever row the search happened to start from.
        List<String> loop = new ArrayList<>(found);
        Comparator<String> byLine = Comparator.comparing(this::lineOf, Comparator.nullsLast(Comparator.naturalOrder()));
        Collections.rotate(loop, -loop.indexOf(loop.stream().min(byLine).orElseThrow()));
        List<String> people = new ArrayList<>();
        for (String number : loop) {
            people.add(describe(number));
        }
        people.add(describe(loop.get(0)));
        String chain = String.join(" → ", people);
        String onLines = String.join(", ", loop.stream().map(this::lineOf).filter(Objects::nonNull).sorted()
                .map(String::valueOf).toList());
        for (String number : loop) {
            Integer line = lineOf(number);
            if (line != null) {
                problems.add(new ImportProblem(line, Column.MANAGER_ID.header(), Kind.MANAGER_CYCLE, chain, onLines));
            }
        }
    }

    /** The line of the file a person is on, or {@code null} for someone only in the directory. */
    private Integer lineOf(String key) {
        StaffRow row = byNumber.get(key);
        if (row != null) {
            return row.line();
        }
        StaffListReader.FaultyRow refused = faulty.get(key);
        return refused == null ? null : refused.line();
    }

    /** A person on a loop: their name and id, from the file or, if not in it, from the directory. */
    private String describe(String key) {
        StaffRow row = byNumber.get(key);
        if (row != null) {
            return row.displayName() + " (" + row.employeeNumber() + ")";
        }
        StaffListReader.FaultyRow refused = faulty.get(key);
        if (refused != null) {
            return refused.displayName() == null ? refused.employeeNumber()
                    : refused.displayName() + " (" + refused.employeeNumber() + ")";
        }
        CurrentPerson person = current.get(key);
        return person.displayName() + " (" + person.employeeNumber() + ")";
    }

    private ImportPlan changes() {
        List<StaffRow> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        int unchanged = 0;
        for (StaffRow row : rows) {
            CurrentPerson before = current.get(key(row.employeeNumber()));
            if (before == null) {
                creates.add(row);
                continue;
            }
            List<String> changed = changedColumns(before, row);
            if (changed.isEmpty()) {
                unchanged++;
            } else {
                updates.add(new Update(before, row, changed));
            }
        }
        List<CurrentPerson> leavers = mode == ImportMode.PARTIAL ? List.of()
                : current.values().stream()
                        .filter(p -> p.active() && !byNumber.containsKey(key(p.employeeNumber())))
                        .sorted((a, b) -> a.employeeNumber().compareTo(b.employeeNumber()))
                        .toList();
        return new ImportPlan(creates, updates, leavers, unchanged);
    }

    private static List<String> changedColumns(CurrentPerson before, StaffRow after) {
        List<String> changed = new ArrayList<>();
        compare(changed, Column.EMAIL, before.email().equals(after.email()));
        compare(changed, Column.DISPLAY_NAME, before.displayName().equals(after.displayName()));
        compare(changed, Column.DEPARTMENT, sameIgnoringCase(before.department(), after.department()));
        compare(changed, Column.MANAGER_ID, sameIgnoringCase(before.managerNumber(), after.managerNumber()));
        compare(changed, Column.ROLES, before.roles().equals(after.roles()));
        compare(changed, Column.LOCALE, before.locale().equals(after.locale()));
        compare(changed, Column.HIRE_DATE, Objects.equals(before.hireDate(), after.hireDate()));
        compare(changed, Column.ACTIVE, before.active() == after.active());
        return changed;
    }

    private static void compare(List<String> changed, Column column, boolean same) {
        if (!same) {
            changed.add(column.header());
        }
    }

    private static boolean sameIgnoringCase(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }

    private void problem(StaffRow row, Column column, Kind kind, String... values) {
        problems.add(new ImportProblem(row.line(), column.header(), kind, values));
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
