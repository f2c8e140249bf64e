package io.steward.demo;

import io.steward.directory.Audience;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentRuleRejectedException;
import io.steward.learning.AssignmentService;
import io.steward.learning.Recertification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo organisation for the quick start and the tests: 40 people in 4 departments, four levels of
 * management, and one sign-in for each role. Lives on the test classpath only, so the production jar
 * never contains it. Loaded once, into an empty directory.
 */
@TestComponent
public class DemoOrganisation implements ApplicationRunner {

    /** A published demo password, not a secret: it only ever opens the demo organisation. */
    public static final String PASSWORD = "steward-demo-2026";

    /**
     * A published demo API token for the HR account, with the import and reports scopes: like the password,
     * it only ever opens the demo organisation. Stored hashed, as every token is.
     */
    public static final String API_TOKEN = "stw_demo-hr-token-for-the-quick-start-only";

    public static final String EMPLOYEE = "employee@example.com";
    public static final String MANAGER = "manager@example.com";
    public static final String HR = "hr@example.com";
    public static final String AUTHOR = "author@example.com";
    public static final String AUDITOR = "auditor@example.com";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    /** number, name, email (null: derived from the name), department, manager number, extra roles. */
    private record Person(String number, String name, String email, String department, String manager,
            String... roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("E1000", "Olivia Bennett", null, "People & Compliance", null, "MANAGER"),
            new Person("E1001", "Maria Lopez", MANAGER, "Customer Support", "E1000", "MANAGER"),
            new Person("E1002", "Daniel Okafor", null, "Marketing", "E1000", "MANAGER"),
            new Person("E1003", "Priya Raman", null, "Engineering", "E1000", "MANAGER"),
            new Person("E1004", "Hannah Reed", HR, "People & Compliance", "E1000", "HR"),
            new Person("E1005", "Arjun Mehta", AUTHOR, "People & Compliance", "E1004", "AUTHOR"),
            new Person("E1006", "Alex Kim", AUDITOR, "People & Compliance", "E1000", "AUDITOR"),
            new Person("E1010", "Tom Fischer", null, "Customer Support", "E1001", "MANAGER"),
            new Person("E1011", "Aisha Khan", null, "Customer Support", "E1001", "MANAGER"),
            new Person("E1012", "Lena Novak", null, "Marketing", "E1002", "MANAGER"),
            new Person("E1013", "Kenji Watanabe", null, "Engineering", "E1003", "MANAGER"),
            new Person("E1014", "Sofia Rossi", null, "Engineering", "E1003", "MANAGER"),
            new Person("E1020", "Sam Patel", EMPLOYEE, "Customer Support", "E1010"),
            new Person("E1021", "Grace Liu", null, "Customer Support", "E1010"),
            new Person("E1022", "Mohammed Aziz", null, "Customer Support", "E1010"),
            new Person("E1023", "Chloe Martin", null, "Customer Support", "E1010"),
            new Person("E1024", "Lucas Silva", null, "Customer Support", "E1010"),
            new Person("E1025", "Emma Schmidt", null, "Customer Support", "E1011"),
            new Person("E1026", "Noah Johnson", null, "Customer Support", "E1011"),
            new Person("E1027", "Fatima Haddad", null, "Customer Support", "E1011"),
            new Person("E1028", "Oscar Nilsson", null, "Customer Support", "E1011"),
            new Person("E1030", "Isabel Garcia", null, "Marketing", "E1012"),
            new Person("E1031", "Ben Carter", null, "Marketing", "E1012"),
            new Person("E1032", "Yuki Tanaka", null, "Marketing", "E1012"),
            new Person("E1033", "Ella Murphy", null, "Marketing", "E1012"),
            new Person("E1034", "Ravi Kumar", null, "Marketing", "E1002"),
            new Person("E1040", "Jonas Weber", null, "Engineering", "E1013"),
            new Person("E1041", "Amara Obi", null, "Engineering", "E1013"),
            new Person("E1042", "Mateo Fernandez", null, "Engineering", "E1013"),
            new Person("E1043", "Hana Sato", null, "Engineering", "E1013"),
            new Person("E1044", "Liam O'Brien", null, "Engineering", "E1014"),
            new Person("E1045", "Zoe Dubois", null, "Engineering", "E1014"),
            new Person("E1046", "Ivan Petrov", null, "Engineering", "E1014"),
            new Person("E1047", "Nina Larsen", null, "Engineering", "E1014"),
            new Person("E1048", "Omar Farouk", null, "Engineering", "E1003"),
            new Person("E1050", "Clara Hoffmann", null, "People & Compliance", "E1004"),
            new Person("E1051", "David Cohen", null, "People & Compliance", "E1004"),
            new Person("E1052", "Julia Costa", null, "People & Compliance", "E1004"),
            new Person("E1053", "Peter Walsh", null, "People & Compliance", "E1006"),
            new Person("E1054", "Mei Chen", null, "People & Compliance", "E1000"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final UserDetailsService users;
    private final AssignmentService assignments;
    private final Clock clock;
    private final ObjectProvider<DemoHistory> history;

    DemoOrganisation(JdbcClient jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
            UserDetailsService users, AssignmentService assignments, Clock clock, ObjectProvider<DemoHistory> history) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.users = users;
        this.assignments = assignments;
        this.clock = clock;
        this.history = history;
    }

    /**
     * Loads the organisation into an empty directory: with the quick start's thirteen months of history when
     * {@link DemoHistory} is there to play it, else (in the tests) as HR would set it up on day one.
     */
    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.sql("SELECT COUNT(*) FROM employee").query(Integer.class).single();
        if (existing == 0) {
            DemoHistory past = history.getIfAvailable();
            if (past != null && past.pending()) {
                past.play(() -> transaction.executeWithoutResult(status -> load()));
            } else {
                transaction.executeWithoutResult(status -> load());
                assignTraining();
            }
            log.info("Loaded the demo organisation: {} people", PEOPLE.size());
        }
    }

    /** What HR would do on day one, through the same service HR uses, signed in as the demo HR person. */
    private void assignTraining() {
        UserDetails hr = users.loadUserByUsername(HR);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hr, null, hr.getAuthorities()));
        try {
            assign("customer-data-acceptable-use", Audience.everyone(), 14);
            assign("responsible-data-practices", Audience.everyone(), 30);
            // Incident reporting is refreshed by everyone each year in the first quarter, whenever they last did it.
            assign("reporting-data-incidents", Audience.everyone(), 45,
                    Recertification.calendar(MonthDay.of(1, 1), MonthDay.of(3, 31)));
            assign("securing-customer-data",
                    new Audience(Audience.Type.DEPARTMENTS, List.of("Engineering", "Customer Support")), 60);
            // A few people are behind, so that overdue work shows up for them and their managers.
            jdbc.sql("""
                    UPDATE assignment a JOIN employee e ON e.id = a.employee_id
                    JOIN assignment_cycle c ON c.id = a.cycle_id
                    SET a.due_date = DATE_SUB(CURRENT_DATE, INTERVAL 9 DAY),
                        c.due_date = DATE_SUB(CURRENT_DATE, INTERVAL 9 DAY)
                    WHERE a.module_id = 'responsible-data-practices'
                      AND e.employee_number IN ('E1020', 'E1024', 'E1033', 'E1046')""").update();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void assign(String module, Audience audience, int dueInDays) {
        assign(module, audience, dueInDays, null);
    }

    private void assign(String module, Audience audience, int dueInDays, Recertification recertification) {
        try {
            assignments.assign(new AssignmentRequest(module, audience, null, dueInDays, recertification));
        } catch (AssignmentRuleRejectedException e) {
            log.warn("Demo assignment of {} skipped: {}", module, e.problems());
        }
    }

    private void load() {
        Map<String, Long> departments = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        // One hash for everyone: bcrypt is slow on purpose, and all demo accounts share the demo password.
        String hash = passwordEncoder.encode(PASSWORD);
        LocalDate hired = LocalDate.of(2019, 3, 1);
        for (Person p : PEOPLE) {
            Long department = departments.computeIfAbsent(p.department(), this::insertDepartment);
            String email = p.email() != null ? p.email() : emailOf(p.name());
            jdbc.sql("""
                    INSERT INTO employee (employee_number, email, display_name, locale, hire_date, active,
                                          department_id, manager_id)
                    VALUES (?, ?, ?, 'en', ?, TRUE, ?, ?)""")
                    .params(p.number(), email, p.name(), hired.plusWeeks(ids.size() * 5L), department,
                            p.manager() == null ? null : ids.get(p.manager()))
                    .update();
            long id = jdbc.sql("SELECT id FROM employee WHERE employee_number = ?").param(p.number())
                    .query(Long.class).single();
            ids.put(p.number(), id);
            List<String> roles = new ArrayList<>(List.of(p.roles()));
            roles.add("EMPLOYEE");
            for (String role : roles) {
                jdbc.sql("INSERT INTO employee_role (employee_id, role) VALUES (?, ?)").params(id, role).update();
            }
            jdbc.sql("INSERT INTO credential (employee_id, password_hash, changed_at) VALUES (?, ?, ?)")
                    .params(id, hash, Timestamp.from(clock.instant())).update();
        }
        insertApiToken(ids.get("E1004"));
        // Where each person has worked since they were hired, as a first staff list import would record it.
        jdbc.sql("""
                INSERT INTO employee_placement (employee_id, department_id, manager_id, active, valid_from)
                SELECT id, department_id, manager_id, active, COALESCE(TIMESTAMP(hire_date), NOW(6)) FROM employee""")
                .update();
    }

    private void insertApiToken(long owner) {
        jdbc.sql("INSERT INTO api_token (name, token_hash, owner_id, created_at) VALUES (?, ?, ?, ?)")
                .params("Demo provisioning script", sha256(API_TOKEN), owner, Timestamp.from(clock.instant())).update();
        long id = jdbc.sql("SELECT id FROM api_token WHERE owner_id = ?").param(owner).query(Long.class).single();
        for (String scope : List.of("IMPORT", "REPORTS")) {
            jdbc.sql("INSERT INTO api_token_scope (token_id, scope) VALUES (?, ?)").params(id, scope).update();
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Long insertDepartment(String name) {
        jdbc.sql("INSERT INTO department (name) VALUES (?)").param(name).update();
        return jdbc.sql("SELECT id FROM department WHERE name = ?").param(name).query(Long.class).single();
    }

    static String emailOf(String name) {
        return name.toLowerCase().replace("'", "").replace(' ', '.') + "@example.com";
    }

    /** What the quick start prints, so a newcomer can sign in straight away. */
    public static String loginsBanner(String url) {
        return """

                ================================================================
                 Steward is running at %s
                 Demo sign-ins (password for all: %s):
                   Employee  %s
                   Manager   %s
                   HR        %s
                   Author    %s
                   Auditor   %s
                 Demo API token (HR; scopes import, reports):
                   %s
                ================================================================
                """.formatted(url, PASSWORD, EMPLOYEE, MANAGER, HR, AUTHOR, AUDITOR, API_TOKEN);
    }
}
