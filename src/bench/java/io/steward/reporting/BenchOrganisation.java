package io.steward.reporting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large organisation for the reporting benchmark, generated inside MariaDB (INSERT ... SELECT over the
 * Sequence engine's {@code seq_1_to_N} tables) so that loading takes seconds, not hours. Ids start at fixed
 * offsets so that they never meet the demo organisation's.
 *
 * <p>10,000 people in 40 departments, eight levels: the first seven are a full tree of four reports each
 * (person n reports to person (n - 2) / 4 + 1, up to person 5,461), and the 4,539 people of the eighth level
 * are dealt round the 4,096 managers of the seventh, so person 3 has 2,388 people in their line. 40 module ids (12 current, 28 from
 * earlier years: the schema keeps one assignment per person and module) give 400,000 assignments over three
 * years; about 2.5 quiz attempts per started assignment, and one passed attempt for each earlier cycle below
 * (1,140,000 attempts); a completion and a certificate per passed attempt.
 *
 * <p>The history (docs/decisions/0017): each assignment is its current cycle; the 12 current modules
 * ({@code bench-module-1} to {@code -12}) were also done in each of the two years before, one completed cycle
 * a year, by a passed attempt (so 640,000 cycles in all, 360,000 of them of the 12 yearly modules); each person was placed in their
 * first department on 2020-01-01, and each year 10 % of people moved to another department (and those who
 * manage nobody to another manager).
 */
final class BenchOrganisation {

    static final long PEOPLE = 10_000;
    static final long FIRST_EMPLOYEE = 1_000_000;
    private static final long FIRST_DEPARTMENT = 1_000;
    private static final String HASH = "0".repeat(64);

    private final JdbcClient jdbc;

    BenchOrganisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of a person by their number (1 is the top of the organisation). */
    static long person(long n) {
        return FIRST_EMPLOYEE + n;
    }

    void generate(LocalDate today) {
        jdbc.sql("""
                INSERT INTO department (id, name)
                SELECT :d0 + seq, CONCAT('Bench department ', seq) FROM seq_1_to_40""")
                .param("d0", FIRST_DEPARTMENT).update();
        jdbc.sql("""
                INSERT INTO employee (id, employee_number, email, display_name, locale, hire_date, active,
                                      department_id, manager_id)
                SELECT :e0 + seq, CONCAT('B', seq), CONCAT('bench', seq, '@bench.example'),
                       CONCAT('Bench Person ', seq), 'en', DATE '2020-01-01', TRUE, :d0 + 1 + MOD(seq, 40),
                       CASE WHEN seq = 1 THEN NULL WHEN seq <= 5461 THEN :e0 + (seq - 2) DIV 4 + 1
                            ELSE :e0 + 1366 + MOD(seq - 5462, 4096) END
                FROM seq_1_to_10000 ORDER BY seq""")
                .param("e0", FIRST_EMPLOYEE).param("d0", FIRST_DEPARTMENT).update();
        jdbc.sql("INSERT INTO employee_role (employee_id, role) SELECT id, 'EMPLOYEE' FROM employee WHERE id > :e0")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                INSERT INTO employee_role (employee_id, role)
                SELECT DISTINCT manager_id, 'MANAGER' FROM employee WHERE id > :e0 AND manager_id IS NOT NULL""")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                INSERT INTO assignment (employee_id, module_id, state, assigned_at, due_date, completed_at)
                SELECT :e0 + h.p, CONCAT('bench-module-', h.mo),
                       CASE WHEN h.v < 80 THEN 'COMPLETED' WHEN h.v < 83 THEN 'EXEMPTED'
                            WHEN h.v < 90 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END,
                       TIMESTAMP(DATE_SUB(:today, INTERVAL h.age DAY)),
                       DATE_ADD(DATE_SUB(:today, INTERVAL h.age DAY), INTERVAL 30 DAY),
                       IF(h.v < 80, TIMESTAMP(DATE_SUB(:today, INTERVAL GREATEST(0, h.age - MOD(h.v, 25)) DAY)), NULL)
                FROM (SELECT CAST(e.seq AS SIGNED) AS p, CAST(m.seq AS SIGNED) AS mo,
                             CAST(MOD(e.seq * 7919 + m.seq * 104729, 100) AS SIGNED) AS v,
                             CAST(MOD(e.seq * 31 + m.seq * 977, 1095) AS SIGNED) AS age
                      FROM seq_1_to_10000 e CROSS JOIN seq_1_to_40 m) h""")
                .param("e0", FIRST_EMPLOYEE).param("today", today).update();
        jdbc.sql("""
                INSERT INTO quiz_attempt (employee_id, module_id, module_version, content_hash, module_title, pass_mark,
                                          attempt_number, draw, state, started_at, submitted_at, score_percent, passed)
                SELECT a.employee_id, a.module_id, '1.0.0', :hash, CONCAT('Bench module ', a.module_id), 80, s.seq,
                       '[]', 'SUBMITTED', a.assigned_at, DATE_ADD(a.assigned_at, INTERVAL s.seq DAY),
                       IF(a.state = 'COMPLETED' AND s.seq = 1 + MOD(a.id, 4), 80 + MOD(a.id, 21), 30 + MOD(a.id, 40)),
                       a.state = 'COMPLETED' AND s.seq = 1 + MOD(a.id, 4)
                FROM assignment a JOIN seq_1_to_4 s ON s.seq <= 1 + MOD(a.id, 4)
                WHERE a.employee_id > :e0 AND a.state <> 'ASSIGNED'""")
                .param("e0", FIRST_EMPLOYEE).param("hash", HASH).update();
        history(today);
        // A completion for each passed attempt, this cycle's and the earlier cycles'; each earlier cycle names its own.
        jdbc.sql("""
                INSERT INTO completion (employee_id, module_id, module_version, content_hash, attempt_id, score_percent,
                                        completed_at, expires_at)
                SELECT employee_id, module_id, module_version, content_hash, id, score_percent, submitted_at,
                       DATE_ADD(submitted_at, INTERVAL 1 YEAR)
                FROM quiz_attempt WHERE employee_id > :e0 AND passed ORDER BY id""")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                UPDATE assignment_cycle c JOIN assignment a ON a.id = c.assignment_id
                JOIN completion k ON k.employee_id = c.employee_id AND k.module_id = c.module_id
                                 AND k.completed_at = c.ended_at
                SET c.completion_id = k.id WHERE c.employee_id > :e0 AND c.id <> a.cycle_id""")
                .param("e0", FIRST_EMPLOYEE).update();
        // Until when each completed assignment is valid: its latest completion's expiry, as learning records it;
        // an earlier cycle holds its own completion's, the current cycle the assignment's.
        jdbc.sql("""
                UPDATE assignment_cycle c JOIN completion k ON k.id = c.completion_id
                SET c.expires_at = k.expires_at WHERE c.employee_id > :e0""").param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                UPDATE assignment a
                JOIN (SELECT employee_id, module_id, MAX(expires_at) AS expires_at FROM completion
                      WHERE employee_id > :e0 GROUP BY employee_id, module_id) k
                  ON k.employee_id = a.employee_id AND k.module_id = a.module_id
                SET a.expires_at = k.expires_at WHERE a.employee_id > :e0 AND a.state = 'COMPLETED'""")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                UPDATE assignment_cycle c JOIN assignment a ON a.cycle_id = c.id
                SET c.expires_at = a.expires_at WHERE a.employee_id > :e0 AND c.outcome = 'COMPLETED'""")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                INSERT INTO certificate (code, completion_id, employee_id, holder_name, module_id, module_title,
                                         module_version, score_percent, completed_at, expires_at, issued_at)
                SELECT CONCAT('BENCH-', c.id), c.id, c.employee_id, e.display_name, c.module_id,
                       CONCAT('Bench module ', c.module_id), c.module_version, c.score_percent, c.completed_at,
                       c.expires_at, c.completed_at
                FROM completion c JOIN employee e ON e.id = c.employee_id WHERE c.employee_id > :e0""")
                .param("e0", FIRST_EMPLOYEE).update();
    }

    private void history(LocalDate today) {
        jdbc.sql("""
                INSERT INTO assignment_cycle (assignment_id, employee_id, module_id, reason, opened_at, due_date,
                                              outcome, ended_at, exempt_reason)
                SELECT a.id, a.employee_id, a.module_id,
                       IF(CAST(SUBSTRING(a.module_id, 14) AS UNSIGNED) <= 12, 'RECERTIFICATION', 'INITIAL'),
                       a.assigned_at, a.due_date,
                       CASE a.state WHEN 'COMPLETED' THEN 'COMPLETED' WHEN 'EXEMPTED' THEN 'EXEMPTED' END,
                       CASE a.state WHEN 'COMPLETED' THEN a.completed_at
                                    WHEN 'EXEMPTED' THEN a.assigned_at + INTERVAL 1 DAY END,
                       IF(a.state = 'EXEMPTED', 'Trained elsewhere', NULL)
                FROM assignment a WHERE a.employee_id > :e0 ORDER BY a.id""")
                .param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                UPDATE assignment a JOIN assignment_cycle c ON c.assignment_id = a.id
                SET a.cycle_id = c.id WHERE a.employee_id > :e0""").param("e0", FIRST_EMPLOYEE).update();
        for (int yearsBefore = 1; yearsBefore <= 2; yearsBefore++) {
            jdbc.sql("""
                    INSERT INTO assignment_cycle (assignment_id, employee_id, module_id, reason, opened_at,
                                                  due_date, outcome, ended_at)
                    SELECT a.id, a.employee_id, a.module_id, IF(:before = 2, 'INITIAL', 'RECERTIFICATION'),
                           a.assigned_at - INTERVAL 365 * :before DAY,
                           DATE(a.assigned_at - INTERVAL 365 * :before DAY) + INTERVAL 30 DAY, 'COMPLETED',
                           a.assigned_at - INTERVAL 365 * :before DAY + INTERVAL MOD(a.id, 40) DAY
                    FROM assignment a
                    WHERE a.employee_id > :e0 AND CAST(SUBSTRING(a.module_id, 14) AS UNSIGNED) <= 12
                    ORDER BY a.id""").param("e0", FIRST_EMPLOYEE).param("before", yearsBefore).update();
        }
        // Each earlier cycle was completed by a passed attempt of its own (its completion is made with the others).
        jdbc.sql("""
                INSERT INTO quiz_attempt (employee_id, module_id, module_version, content_hash, module_title, pass_mark,
                                          attempt_number, draw, state, started_at, submitted_at, score_percent, passed)
                SELECT c.employee_id, c.module_id, '1.0.0', :hash, CONCAT('Bench module ', c.module_id), 80,
                       IF(c.reason = 'INITIAL', 5, 6), '[]', 'SUBMITTED', c.opened_at, c.ended_at,
                       80 + MOD(c.id, 21), TRUE
                FROM assignment_cycle c JOIN assignment a ON a.id = c.assignment_id
                WHERE c.employee_id > :e0 AND c.id <> a.cycle_id ORDER BY c.id""")
                .param("e0", FIRST_EMPLOYEE).param("hash", HASH).update();
        jdbc.sql("""
                UPDATE assignment_cycle c
                JOIN (SELECT id, LEAD(opened_at) OVER (PARTITION BY employee_id, module_id ORDER BY opened_at, id) AS nxt
                      FROM assignment_cycle WHERE employee_id > :e0) n ON n.id = c.id
                SET c.superseded_at = n.nxt WHERE n.nxt IS NOT NULL""").param("e0", FIRST_EMPLOYEE).update();
        jdbc.sql("""
                INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from)
                SELECT id, department_id, manager_id, TRUE, TIMESTAMP '2020-01-01 00:00:00'
                FROM employee WHERE id > :e0 ORDER BY id""").param("e0", FIRST_EMPLOYEE).update();
        for (int year = 1; year <= 3; year++) {
            // A tenth of the people move on a day of each of the last three years, to another department; those
            // of the eighth level (who manage nobody) also to another manager of the seventh, so that every
            // line keeps about its size.
            LocalDate moved = today.minusDays(365L * (3 - year) + 100);
            String movers = "SELECT id FROM employee WHERE id > :e0 AND MOD(id * 13 + :year * 7, 10) = 0";
            jdbc.sql("UPDATE employee_placement SET valid_to = :at WHERE valid_to IS NULL AND employee_id IN ("
                    + movers + ")").param("at", moved.atTime(9, 0)).param("e0", FIRST_EMPLOYEE).param("year", year)
                    .update();
            jdbc.sql("""
                    INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from)
                    SELECT e.id, :d0 + 1 + MOD(e.id + :year, 40),
                           CASE WHEN e.id - :e0 > 5461 THEN :e0 + 1366 + MOD(e.id - :e0 - 5462 + :year * 97, 4096)
                                ELSE e.manager_id END,
                           TRUE, :at
                    FROM employee e WHERE e.id IN (""" + movers + ") ORDER BY e.id")
                    .param("at", moved.atTime(9, 0)).param("d0", FIRST_DEPARTMENT).param("e0", FIRST_EMPLOYEE)
                    .param("year", year).update();
        }
        jdbc.sql("""
                UPDATE employee e JOIN employee_placement p ON p.employee_id = e.id AND p.valid_to IS NULL
                SET e.department_id = p.department_id, e.manager_id = p.manager_id WHERE e.id > :e0""")
                .param("e0", FIRST_EMPLOYEE).update();
    }
}
