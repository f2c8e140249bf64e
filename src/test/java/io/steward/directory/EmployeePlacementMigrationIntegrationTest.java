package io.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.UpgradeDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to the directory with history keeps every person as they were, and gives each the one period that
 * the previous release could tell: their current department, manager and employment, since they were hired;
 * for a leaver, employed until they were deactivated, then not.
 */
class EmployeePlacementMigrationIntegrationTest {

    @Test
    void each_person_gets_their_current_placement_since_hire_and_a_leaver_the_end_of_employment() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0100")) {
            var jdbc = database.jdbc();
            jdbc.sql("INSERT INTO department (id, name) VALUES (1, 'Legal'), (2, 'Sales')").update();
            jdbc.sql("""
                    INSERT INTO employee (id, employee_number, email, display_name, hire_date, active, department_id,
                                          manager_id, deactivated_at) VALUES
                        (1, 'E1', 'boss@example.com', 'Boss', '2020-03-01', TRUE, 1, NULL, NULL),
                        (2, 'E2', 'ana@example.com', 'Ana', '2023-06-15', TRUE, 2, 1, NULL),
                        (3, 'E3', 'ben@example.com', 'Ben', '2021-01-04', FALSE, 2, 1, '2025-09-30 17:00:00')""")
                    .update();
            List<Map<String, Object>> before = jdbc.sql("SELECT * FROM employee ORDER BY id").query().listOfRows();

            database.migrateTo("latest");

            assertThat(jdbc.sql("""
                    SELECT id, employee_number, email, display_name, locale, hire_date, active, department_id,
                           manager_id, version, deactivated_at, pseudonymised_at, erased_at
                    FROM employee ORDER BY id""").query().listOfRows()).as("every person as they were")
                    .isEqualTo(before);
            assertThat(jdbc.sql("""
                    SELECT CONCAT_WS('|', employee_id, department_id, IFNULL(manager_id, '-'), active, valid_from,
                                     IFNULL(valid_to, 'now'), reconstructed)
                    FROM employee_placement ORDER BY employee_id, valid_from""").query(String.class).list())
                    .containsExactly(
                            "1|1|-|1|2020-03-01 00:00:00.000000|now|1",
                            "2|2|1|1|2023-06-15 00:00:00.000000|now|1",
                            "3|2|1|1|2021-01-04 00:00:00.000000|2025-09-30 17:00:00.000000|1",
                            "3|2|1|0|2025-09-30 17:00:00.000000|now|1");
        }
    }
}
