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
 * years; about 2.5 quiz attempts per started assignment; a completion and a certificate per passed attempt.
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
        jdbc.sql("""
                INSERT INTO completion (employee_id, module_id, module_version, content_hash, attempt_id, score_percent,
                                        completed_at, expires_at)
                SELECT employee_id, module_id, module_version, content_hash, id, score_percent, submitted_at,
                       DATE_ADD(submitted_at, INTERVAL 1 YEAR)
                FROM quiz_attempt WHERE employee_id > :e0 AND passed""")
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
}
