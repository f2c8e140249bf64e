package io.steward.directory.importing;

import io.steward.base.Role;
import io.steward.directory.importing.ImportProblem.Kind;
import io.steward.directory.importing.CsvReader.CsvRecord;
import io.steward.directory.importing.CsvReader.CsvSyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a staff list into checked rows: the header must name every column (in any order; other
 * columns are ignored), and each field must be well-formed. Problems that need more than one row (duplicates,
 * unknown managers, cycles) are the {@link ImportPlanner}'s.
 */
final class StaffListReader {

    /** The columns of a staff list, by their header names. */
    enum Column {
        EMPLOYEE_ID, EMAIL, DISPLAY_NAME, DEPARTMENT, MANAGER_ID, ROLES, LOCALE, HIRE_DATE, ACTIVE;

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What was read: the rows without problems, every problem, and the rows with problems that have an employee
     * id (so that checks across rows do not take those people for missing, and follow reporting lines through
     * them).
     */
    record StaffList(List<StaffRow> rows, List<ImportProblem> problems, List<FaultyRow> faultyRows) {

        static StaffList unusable(ImportProblem... problems) {
            return new StaffList(List.of(), List.of(problems), List.of());
        }
    }

    /**
     * A row refused field by field, as far as it reads: its line, employee id, name and manager's id (both
     * {@code null} when empty), enough to follow a reporting line through it.
     */
    record FaultyRow(int line, String employeeNumber, String displayName, String managerNumber) {
    }

    static final String DEFAULT_LOCALE = "en";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private StaffListReader() {
    }

    static StaffList read(byte[] file) {
        List<CsvRecord> records;
        try {
            records = CsvReader.read(file);
        } catch (CsvSyntaxException e) {
            return StaffList.unusable(e.problem());
        }
        if (records.isEmpty()) {
            return StaffList.unusable(new ImportProblem(1, null, Kind.EMPTY_FILE));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Column, Integer> positions = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return StaffList.unusable(problems.toArray(ImportProblem[]::new));
        }
        if (records.size() == 1) {
            return StaffList.unusable(new ImportProblem(2, null, Kind.EMPTY_FILE));
        }
        int width = records.get(0).fields().size();
        List<StaffRow> rows = new ArrayList<>(records.size() - 1);
        List<FaultyRow> faultyRows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != width) {
                problems.add(new ImportProblem(record.line(), null, Kind.WRONG_FIELD_COUNT,
                        String.valueOf(width), String.valueOf(record.fields().size())));
                continue;
            }
            Fields fields = new Fields(record, positions, problems);
            StaffRow row = fields.row();
            if (row != null) {
                rows.add(row);
            } else if (!fields.value(Column.EMPLOYEE_ID).isEmpty()) {
                faultyRows.add(new FaultyRow(record.line(), fields.value(Column.EMPLOYEE_ID),
                        emptyAsNull(fields.value(Column.DISPLAY_NAME)), emptyAsNull(fields.value(Column.MANAGER_ID))));
            }
        }
        return new StaffList(rows, problems, faultyRows);
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Map<Column, Integer> header(CsvRecord header, List<ImportProblem> problems) {
        Map<String, Column> known = new HashMap<>();
        for (Column column : Column.values()) {
            known.put(column.header(), column);
        }
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            Column column = known.get(header.fields().get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null && positions.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(header.line(), column.header(), Kind.DUPLICATE_COLUMN));
            }
        }
        for (Column column : Column.values()) {
            if (!positions.containsKey(column)) {
                problems.add(new ImportProblem(header.line(), column.header(), Kind.MISSING_COLUMN));
            }
        }
        return positions;
    }

    /** The fields of one record; each check adds its problem and gives {@code null}. */
    private static final class Fields {

        private final CsvRecord record;
        private final Map<Column, Integer> positions;
        private final List<ImportProblem> problems;
        private final int problemsBefore;

        Fields(CsvRecord record, Map<Column, Integer> positions, List<ImportProblem> problems) {
            this.record = record;
            this.positions = positions;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        StaffRow row() {
            String number = required(Column.EMPLOYEE_ID, 64);
            String email = email();
            String name = displayName();
            String department = optional(Column.DEPARTMENT, 200);
            String manager = optional(Column.MANAGER_ID, 64);
            Set<Role> roles = roles();
            String locale = locale();
            LocalDate hired = hireDate();
            Boolean active = active();
            return problems.size() > problemsBefore ? null
                    : new StaffRow(record.line(), number, email, name, department, manager, roles, locale, hired,
                            active);
        }

        private String raw(Column column) {
            return record.fields().get(positions.get(column));
        }

        private String value(Column column) {
            return raw(column).strip();
        }

        private void problem(Column column, Kind kind, String... values) {
            problems.add(new ImportProblem(record.line(), column.header(), kind, values));
        }

        private String required(Column column, int maxLength) {
            String value = value(column);
            if (value.isEmpty()) {
                problem(column, Kind.REQUIRED);
                return null;
            }
            return withinLength(column, value, maxLength);
        }

        private String optional(Column column, int maxLength) {
            String value = value(column);
            return value.isEmpty() ? null : withinLength(column, value, maxLength);
        }

        private String withinLength(Column column, String value, int maxLength) {
            if (value.codePointCount(0, value.length()) > maxLength) {
                problem(column, Kind.TOO_LONG, String.valueOf(maxLength));
                return null;
            }
            return value;
        }

        private String email() {
            String email = required(Column.EMAIL, 254);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problem(Column.EMAIL, Kind.BAD_EMAIL, email);
                return null;
            }
            return email;
        }

        /** Stored as given (only checked for length): names are never rewritten on the way in. */
        private String displayName() {
            String name = raw(Column.DISPLAY_NAME);
            if (name.isBlank()) {
                problem(Column.DISPLAY_NAME, Kind.REQUIRED);
                return null;
            }
            return withinLength(Column.DISPLAY_NAME, name, 200);
        }

        private Set<Role> roles() {
            Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
            for (String part : value(Column.ROLES).split(";")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem(Column.ROLES, Kind.UNKNOWN_ROLE, name);
                }
            }
            return roles;
        }

        private String locale() {
            String tag = value(Column.LOCALE);
            if (tag.isEmpty()) {
                return DEFAULT_LOCALE;
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                if (!locale.getLanguage().isEmpty() && locale.toLanguageTag().length() <= 35) {
                    return locale.toLanguageTag();
                }
            } catch (IllformedLocaleException e) {
                // reported below
            }
            problem(Column.LOCALE, Kind.BAD_LOCALE, tag);
            return null;
        }

        private LocalDate hireDate() {
            String date = value(Column.HIRE_DATE);
            if (date.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                problem(Column.HIRE_DATE, Kind.BAD_DATE, date);
                return null;
            }
        }

        private Boolean active() {
            String value = value(Column.ACTIVE);
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.valueOf(value);
            }
            problem(Column.ACTIVE, Kind.BAD_ACTIVE, value);
            return null;
        }
    }
}
