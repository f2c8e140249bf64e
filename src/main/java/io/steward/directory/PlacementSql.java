package io.steward.directory;

/**
 * Where people were, in SQL, for the features that read the directory's tables with their own queries
 * (docs/decisions/0017): the directory as it stood at a past moment.
 */
public final class PlacementSql {

    /**
     * A common table expression {@code employee_then}: each person with the department, manager and employment
     * of the placement that held at {@code :now}, under the column names of {@code employee} that reports read.
     * People not yet in the directory then are not in it.
     */
    public static final String EMPLOYEE_THEN = """
            employee_then AS (
                SELECT emp.id, emp.employee_number, emp.display_name, emp.email, pl.department_id, pl.manager_id,
                       pl.active
                FROM employee_placement pl JOIN employee emp ON emp.id = pl.employee_id
                WHERE pl.valid_from < :now AND (pl.valid_to IS NULL OR pl.valid_to >= :now)
            )""";

    private PlacementSql() {
    }
}
