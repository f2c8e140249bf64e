package io.steward.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff list CSV files for tests: the directory as it is now (so a test can change a few rows of an otherwise
 * faithful full list, and put the directory back afterwards), and helpers to write rows.
 */
public final class StaffLists {

    public static final String HEADER =
            "employee_id,email,display_name,department,manager_id,roles,locale,hire_date,active";

    private StaffLists() {
    }

    /** Every person in the directory, inactive ones included, one CSV line each, in id order. */
    public static List<String> currentRows(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT e.employee_number, e.email, e.display_name, d.name AS department,
                       m.employee_number AS manager, GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ';') AS roles,
                       e.locale, e.hire_date, e.active
                FROM employee e
                LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.manager_id
                LEFT JOIN employee_role r ON r.employee_id = e.id
                GROUP BY e.id
                ORDER BY e.id""")
                .query((rs, n) -> row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
                .list();
    }

    public static String row(String employeeId, String email, String name, String department, String manager,
            String roles, String locale, String hireDate, boolean active) {
        List<String> fields = new ArrayList<>();
        for (String value : new String[] {employeeId, email, name, department, manager, roles, locale, hireDate}) {
            fields.add(quoted(value == null ? "" : value));
        }
        fields.add(String.valueOf(active));
        return String.join(",", fields);
    }

    /**
     * The same row with other roles ({@code ""}: none beyond employee). Only for rows whose fields need no
     * quotes, such as the demo people's.
     */
    public static String withRoles(String row, String roles) {
        String[] fields = row.split(",", -1);
        if (fields.length != 9) {
            throw new IllegalArgumentException("not a plain nine-field row: " + row);
        }
        fields[5] = roles;
        return String.join(",", fields);
    }

    /** A file of the header and these rows, with Windows line ends as spreadsheets write them. */
    public static byte[] file(List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n")
                || value.contains("\r");
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
