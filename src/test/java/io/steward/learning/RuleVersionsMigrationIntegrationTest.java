package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.UpgradeDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading to rules HR can change (V0117), cycles that know when they were superseded (V0118) and a due
 * setting after hire (V0119): a database filled as the release before left it keeps every rule and cycle as it
 * was; each rule gets its first version, as created; each cycle followed by another learns when that one opened.
 */
class RuleVersionsMigrationIntegrationTest {

    @Test
    void every_rule_and_cycle_stays_each_rule_gets_its_first_version_and_each_cycle_its_successor() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0116")) {
            JdbcClient jdbc = database.jdbc();
            jdbc.sql("""
                    INSERT INTO employee (id, employee_number, email, display_name) VALUES
                        (1, 'E1', 'hr@example.com', 'HR'), (2, 'E2', 'ana@example.com', 'Ana')""").update();
            jdbc.sql("""
                    INSERT INTO assignment_rule (id, module_id, audience_type, audience_values, due_in_days, due_date,
                                                 created_by, created_at, recertification, recertification_lead_days,
                                                 window_opens, window_due)
                    VALUES (7, 'privacy', 'DEPARTMENTS', 'Sales\nSupport', 30, NULL, 1, '2024-01-02 09:00:00',
                            'ROLLING', 14, NULL, NULL),
                           (8, 'ethics', 'EVERYONE', '', NULL, '2024-06-30', NULL, '2024-02-01 10:00:00',
                            'CALENDAR', NULL, '01-01', '03-31')""").update();
            jdbc.sql("""
                    INSERT INTO assignment (id, employee_id, module_id, rule_id, state, assigned_at, due_date,
                                            cycle_reason)
                    VALUES (31, 2, 'privacy', 7, 'ASSIGNED', '2025-01-05 09:00:00', '2025-02-04', 'RECERTIFICATION')""")
                    .update();
            jdbc.sql("""
                    INSERT INTO assignment_cycle (id, assignment_id, employee_id, module_id, rule_id, reason, opened_at,
                                                  due_date, outcome, ended_at)
                    VALUES (41, 31, 2, 'privacy', 7, 'INITIAL', '2024-01-02 09:00:00', '2024-02-01', 'COMPLETED',
                            '2024-01-20 10:00:00'),
                           (42, 31, 2, 'privacy', 7, 'RECERTIFICATION', '2025-01-05 09:00:00', '2025-02-04', NULL,
                            NULL)""").update();
            jdbc.sql("UPDATE assignment SET cycle_id = 42 WHERE id = 31").update();
            List<Map<String, Object>> rules = jdbc.sql("SELECT * FROM assignment_rule ORDER BY id").query()
                    .listOfRows();
            List<Map<String, Object>> cycles = jdbc.sql("SELECT * FROM assignment_cycle ORDER BY id").query()
                    .listOfRows();

            database.migrateTo("latest");

            assertThat(jdbc.sql("""
                    SELECT id, module_id, audience_type, audience_values, due_in_days, due_date, created_by, created_at,
                           recertification, recertification_lead_days, window_opens, window_due, version
                    FROM assignment_rule ORDER BY id""").query().listOfRows())
                    .as("every rule as it was").isEqualTo(rules.stream().map(RuleVersionsMigrationIntegrationTest::ruleColumns).toList());
            assertThat(jdbc.sql("""
                    SELECT CONCAT(rule_id, ' ', audience_type, ' ', REPLACE(audience_values, '\n', ','), ' days=',
                                  COALESCE(due_in_days, '-'), ' date=', COALESCE(due_date, '-'), ' ', recertification,
                                  ' lead=', COALESCE(recertification_lead_days, '-'), ' window=',
                                  COALESCE(window_opens, '-'), '..', COALESCE(window_due, '-'), ' from=', valid_from,
                                  ' until=', COALESCE(valid_to, 'now'), ' by=', COALESCE(made_by, '-'), ' retired=',
                                  retired)
                    FROM assignment_rule_version ORDER BY rule_id""").query(String.class).list()).containsExactly(
                    "7 DEPARTMENTS Sales,Support days=30 date=- ROLLING lead=14 window=-..- "
                            + "from=2024-01-02 09:00:00.000000 until=now by=1 retired=0",
                    "8 EVERYONE  days=- date=2024-06-30 CALENDAR lead=- window=01-01..03-31 "
                            + "from=2024-02-01 10:00:00.000000 until=now by=- retired=0");
            assertThat(jdbc.sql("SELECT * FROM assignment_cycle ORDER BY id").query().listOfRows())
                    .extracting(row -> row.get("superseded_at") == null ? "-" : row.get("superseded_at").toString())
                    .containsExactly("2025-01-05 09:00:00.0", "-");
            assertThat(jdbc.sql("SELECT * FROM assignment_cycle ORDER BY id").query().listOfRows()
                    .stream().peek(row -> {
                        row.remove("superseded_at");
                        row.remove("expires_at"); // V0123's, checked by ValidUntilMigrationIntegrationTest
                    }).toList())
                    .as("every cycle as it was").isEqualTo(cycles);
            assertThatThrownBy(() -> jdbc.sql("UPDATE assignment_rule SET due_days_after_hire = 10 WHERE id = 7")
                    .update()).as("one due setting only").isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private static Map<String, Object> ruleColumns(Map<String, Object> row) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String column : List.of("id", "module_id", "audience_type", "audience_values", "due_in_days", "due_date",
                "created_by", "created_at", "recertification", "recertification_lead_days", "window_opens",
                "window_due", "version")) {
            kept.put(column, row.get(column));
        }
        return kept;
    }
}
