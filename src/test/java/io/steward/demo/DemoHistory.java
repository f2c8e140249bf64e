package io.steward.demo;

import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.content.Question;
import io.steward.directory.Audience;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.learning.AllowanceService;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentService;
import io.steward.learning.AttemptView;
import io.steward.learning.DrawnQuestion;
import io.steward.learning.NightlyCycle;
import io.steward.learning.QuizService;
import io.steward.learning.Recertification;
import io.steward.notification.NotificationService;
import io.steward.support.ApplicationClock;
import io.steward.support.QuizTaker;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The quick start's past: thirteen months of the demo organisation's training, played on the application's
 * clock through the same services people use, so that every page a role opens on the first start shows a
 * believable picture and every figure has its evidence (attempts, completions, certificates, the audit trail).
 *
 * <p>Thirteen months ago HR assigned the acceptable-use policy to everyone, and over the next seven months three
 * more modules (securing customer data to Engineering and Customer Support only). People started slowly and rushed
 * before each due date; Marketing lagged. A year later the acceptable-use policy came up for renewal and most have
 * renewed it; the rest expire within the month. Securing customer data was served at its previous edition (1.0.0)
 * until three weeks ago, when its corrected edition 2.0.0 (a material change) asked everyone who had completed it
 * to do it again. A leaver, a joiner, a mover and an exemption happened on the way; HR gave Customer Support the
 * data-rights module seven weeks ago and four of them are now overdue and escalated; the reminders of the last
 * month are in the delivery log. The same seed gives the same history every time.
 */
@TestComponent
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final Path CONTENT = Path.of("content");
    private static final String CHANGED_MODULE = "securing-customer-data";
    private static final String PREVIOUS_EDITION = "/demo/securing-customer-data-1.0.0.md";

    private static final String POLICY = "customer-data-acceptable-use";
    private static final String PRACTICES = "responsible-data-practices";
    private static final String INCIDENTS = "reporting-data-incidents";
    private static final String RIGHTS = "data-rights-requests";
    private static final List<String> SECURING_AUDIENCE = List.of("Engineering", "Customer Support");

    /** Those who leave the data-rights module undone: overdue today, and escalated to their managers. */
    private static final Set<String> STRAGGLERS = Set.of("E1020", "E1024", "E1026", "E1027");
    private static final String LAGGING_DEPARTMENT = "Marketing";

    private final ApplicationClock clock;
    private final JdbcClient jdbc;
    private final SignedIn signedIn;
    private final QuizTaker quizTaker;
    private final QuizService quizzes;
    private final ContentService content;
    private final AssignmentService assignments;
    private final NightlyCycle night;
    private final AllowanceService allowances;
    private final DirectoryImportService imports;
    private final NotificationService notifications;

    private final Random random = new Random(2026);
    private final PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at)
            .thenComparing(Event::order));
    private final Set<Long> plannedCycles = new HashSet<>();
    private final Map<String, Integer> passes = new HashMap<>();
    private LocalDate today;
    private int order;

    DemoHistory(ApplicationClock clock, JdbcClient jdbc, SignedIn signedIn, QuizTaker quizTaker, QuizService quizzes,
            ContentService content, AssignmentService assignments, NightlyCycle night,
            AllowanceService allowances, DirectoryImportService imports, NotificationService notifications) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.quizTaker = quizTaker;
        this.quizzes = quizzes;
        this.content = content;
        this.assignments = assignments;
        this.night = night;
        this.allowances = allowances;
        this.imports = imports;
        this.notifications = notifications;
    }

    /** Whether the next start plays the history, and with the previous edition served from its first moment. */
    private static volatile boolean pending;
    /** The folder the application serves: a link to {@code content/}, or during the history its earlier state. */
    private static volatile Path served;
    private static volatile boolean previousEditionServed;

    /**
     * Before the quick start's application starts: the folder it is to serve. On a first start ({@code fresh})
     * that is the content as it was thirteen months ago (every module as now, but securing customer data at its
     * previous edition) and the application's clock starts then, so that even the first reading of the content
     * happens in the past; later starts serve a link to {@code content/}, so that authors' changes show at once.
     * Where the file system has no links, {@code content/} itself is served and the history has no earlier
     * edition.
     */
    public static Path prepare(Path folder, boolean fresh) {
        served = folder;
        pending = fresh;
        try {
            if (fresh) {
                servePreviousEdition();
                previousEditionServed = true;
                return served;
            }
            return linkToContent();
        } catch (IOException | UnsupportedOperationException e) {
            log.info("Serving {} directly (no link: {}); the demo's history has no earlier edition", CONTENT,
                    e.toString());
            return CONTENT;
        }
    }

    /** The quick start's clock: thirteen months back while the history is to be played, else the system's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Clock {

        @Bean
        @Primary
        ApplicationClock applicationClock() {
            ApplicationClock clock = new ApplicationClock();
            if (pending) {
                clock.travelTo(start(LocalDate.now()));
            }
            return clock;
        }
    }

    private static Instant start(LocalDate end) {
        return end.minusMonths(13).atTime(8, 0).toInstant(ZoneOffset.UTC);
    }

    /** Whether this start is to play the history (DemoOrganisation asks, on an empty directory). */
    boolean pending() {
        return pending;
    }

    /** Plays the thirteen months, then puts the clock back to now. {@code people} loads the directory. */
    void play(Runnable people) {
        long started = System.nanoTime();
        LocalDate end = LocalDate.now();
        if (clock.instant().isAfter(start(end).plusSeconds(3600))) {
            clock.travelTo(start(end));
        }
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            people.run();
            schedule(today, 9, this::assignFirstYear);
            for (LocalDate day = today.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                    schedule(day, 2, this::dailyJob); // the job runs every night; once a week is enough here
                }
                if (!day.isBefore(end.minusDays(30))) {
                    schedule(day, 7, this::remind);
                }
            }
            schedule(end.minusDays(130), 10, this::moveOne);
            schedule(end.minusDays(100), 10, this::leaveOne);
            schedule(end.minusDays(75), 11, this::exemptOne);
            schedule(end.minusDays(50), 9, this::assignDataRights);
            schedule(end.minusDays(30), 9, this::joinOne);
            if (previousEditionServed) {
                schedule(end.minusDays(21), 8, this::publishCorrectedEdition);
            }
            Instant now = end.atStartOfDay().toInstant(ZoneOffset.UTC);
            while (!events.isEmpty() && events.peek().at().isBefore(now)) {
                Event event = events.poll();
                clock.travelTo(event.at());
                today = LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
                event.action().run();
            }
        } finally {
            pending = false;
            clock.reset();
            publishCorrectedEdition(); // when the history stopped before it (it does nothing twice)
        }
        Integer completions = jdbc.sql("SELECT COUNT(*) FROM completion").query(Integer.class).single();
        log.info("Played the demo's thirteen months: {} completions in {} ms", completions,
                (System.nanoTime() - started) / 1_000_000);
    }

    // The story, in order.

    /**
     * HR's first year: the policy at once, then one module every few months, so that completions come in
     * through the year and not in one wave.
     */
    private void assignFirstYear() {
        assign(POLICY, Audience.everyone(), 30);
        schedule(today.plusMonths(2), 9, () -> assign(PRACTICES, Audience.everyone(), 60));
        schedule(today.plusMonths(5), 9, () -> assign(INCIDENTS, Audience.everyone(), 45));
        schedule(today.plusMonths(7), 9, () -> assign(CHANGED_MODULE,
                new Audience(Audience.Type.DEPARTMENTS, SECURING_AUDIENCE), 60));
    }

    private void assign(String module, Audience audience, int dueInDays) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assignments.assign(new AssignmentRequest(module, audience, null, dueInDays, Recertification.rolling(14)));
        }
        planOpenWork();
    }

    private void dailyJob() {
        night.run();
        planOpenWork();
    }

    private void remind() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            notifications.sendNow();
        }
    }

    /** Liam moves from Engineering to Marketing: securing customer data is no longer his to do. */
    private void moveOne() {
        staff(StaffLists.row("E1044", "liam.obrien@example.com", "Liam O'Brien", "Marketing", "E1012", "", "en",
                hireDate("E1044"), true));
        planOpenWork();
    }

    /** Ravi leaves: his open work ends, his record stays. */
    private void leaveOne() {
        staff(StaffLists.row("E1034", "ravi.kumar@example.com", "Ravi Kumar", "Marketing", "E1002", "", "en",
                hireDate("E1034"), false));
    }

    /** Oscar is on long-term leave: HR exempts him from securing customer data, with the reason. */
    private void exemptOne() {
        long oscar = jdbc.sql("SELECT id FROM employee WHERE employee_number = 'E1028'").query(Long.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            allowances.exempt(new EmployeeId(oscar), CHANGED_MODULE, "Long-term leave until March");
        }
    }

    private void assignDataRights() {
        assign(RIGHTS, new Audience(Audience.Type.DEPARTMENTS, List.of("Customer Support")), 30);
    }

    /** Rosa joins Customer Support, on Aisha's team: the rules assign her what everyone there does. */
    private void joinOne() {
        staff(StaffLists.row("E1060", "rosa.diaz@example.com", "Rosa Díaz", "Customer Support", "E1011", "", "en",
                today.toString(), true));
        signedIn.givePassword("E1060");
        planOpenWork();
    }

    /** The corrected edition is served: a material change, so everyone who completed 1.0.0 does it again. */
    private void publishCorrectedEdition() {
        if (!previousEditionServed) {
            return;
        }
        previousEditionServed = false;
        try {
            linkToContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var author = signedIn.as(DemoOrganisation.AUTHOR)) {
            content.reload();
        }
        planOpenWork();
    }

    // How people behave.

    /**
     * Plans, for every open cycle not planned yet, when its person completes it: a few early, most in the last
     * third before the due date, a few late (Marketing often), and some not at all.
     */
    private void planOpenWork() {
        record Open(long cycle, String number, String email, String department, String module, LocalDate opened,
                LocalDate due) {
        }
        List<Open> open = jdbc.sql("""
                SELECT c.id, e.employee_number, e.email, d.name, c.module_id, DATE(c.opened_at), c.due_date
                FROM assignment_cycle c JOIN employee e ON e.id = c.employee_id
                LEFT JOIN department d ON d.id = e.department_id
                WHERE c.outcome IS NULL AND c.superseded_at IS NULL AND e.active""")
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()))
                .list();
        for (Open cycle : open) {
            if (!plannedCycles.add(cycle.cycle())) {
                continue;
            }
            if (RIGHTS.equals(cycle.module()) && STRAGGLERS.contains(cycle.number())) {
                continue;
            }
            boolean lagging = LAGGING_DEPARTMENT.equals(cycle.department());
            double roll = random.nextDouble();
            if (roll < (lagging ? 0.08 : 0.02)) {
                continue; // never gets round to it
            }
            long window = Math.max(1, cycle.due().toEpochDay() - cycle.opened().toEpochDay());
            long offset;
            if (roll < (lagging ? 0.45 : 0.10)) {
                offset = window + 1 + random.nextInt(lagging ? 40 : 15); // late
            } else {
                offset = Math.round(window * Math.pow(random.nextDouble(), 0.4)); // the deadline rush
            }
            LocalDate day = cycle.opened().plusDays(Math.max(offset, cycle.opened().equals(today) ? 1 : 0));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
            }
            schedule(day, 9 + random.nextInt(8), () -> complete(cycle.email(), cycle.module()));
        }
    }

    /** About one in eight fails the quiz once before passing it. */
    private void complete(String email, String module) {
        Integer open = jdbc.sql("""
                SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id
                WHERE e.email = ? AND a.module_id = ? AND a.state IN ('ASSIGNED', 'IN_PROGRESS') AND e.active""")
                .params(email, module).query(Integer.class).single();
        if (open == 0) {
            return; // ended on the way: moved out of the audience, exempted, or left
        }
        if (random.nextDouble() < 0.12) {
            failOnce(email, module);
        }
        quizTaker.pass(email, module);
        passes.merge(module, 1, Integer::sum);
    }

    /** Answers every question wrong but the first few, and submits: a failed attempt for the analysis. */
    private void failOnce(String email, String module) {
        try (var person = signedIn.as(email)) {
            AttemptView attempt = quizzes.startOrResume(module);
            List<Question> bank = content.questions(attempt.version()).orElseThrow();
            int right = random.nextInt(Math.max(1, attempt.questions().size() / 2));
            for (DrawnQuestion drawn : attempt.questions()) {
                Question question = bank.stream().filter(q -> q.key() == drawn.key()).findFirst().orElseThrow();
                Set<Integer> answer = right-- > 0 ? question.correctKeys() : wrong(question);
                quizzes.answer(attempt.attemptId(), question.key(), answer);
            }
            quizzes.submit(attempt.attemptId());
        }
    }

    /** A wrong answer: a wrong option, or (where every option is right) all of them but one. */
    private static Set<Integer> wrong(Question question) {
        return question.options().stream().filter(option -> !option.correct()).findFirst()
                .map(option -> Set.of(option.key()))
                .orElseGet(() -> question.correctKeys().stream().skip(1).collect(Collectors.toSet()));
    }

    // The machinery.

    private record Event(Instant at, int order, Runnable action) {
    }

    private void schedule(LocalDate day, int hour, Runnable action) {
        events.add(new Event(day.atTime(hour, random.nextInt(60)).toInstant(ZoneOffset.UTC), order++, action));
    }

    private void staff(String row) {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(row)), ImportMode.PARTIAL);
        }
    }

    private String hireDate(String number) {
        return jdbc.sql("SELECT hire_date FROM employee WHERE employee_number = ?").param(number)
                .query(LocalDate.class).single().toString();
    }

    /** Makes the served folder a link to {@code content/}, whatever was there before. */
    private static Path linkToContent() throws IOException {
        if (Files.isSymbolicLink(served)) {
            return served;
        }
        deleteTree(served);
        Files.createDirectories(served.getParent());
        Files.createSymbolicLink(served, CONTENT.toAbsolutePath());
        return served;
    }

    /** Every entry of {@code content/} linked, but securing customer data at its previous edition. */
    private static void servePreviousEdition() throws IOException {
        Path absolute = CONTENT.toAbsolutePath();
        deleteTree(served);
        Files.createDirectories(served.resolve("modules"));
        try (Stream<Path> entries = Files.list(absolute)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("modules")).toList()) {
                Files.createSymbolicLink(served.resolve(entry.getFileName().toString()), entry);
            }
        }
        try (Stream<Path> modules = Files.list(absolute.resolve("modules"))) {
            for (Path module : modules.toList()) {
                String name = module.getFileName().toString();
                if (!name.equals(CHANGED_MODULE + ".md")) {
                    Files.createSymbolicLink(served.resolve("modules").resolve(name), module);
                }
            }
        }
        try (InputStream edition = DemoHistory.class.getResourceAsStream(PREVIOUS_EDITION)) {
            Files.write(served.resolve("modules").resolve(CHANGED_MODULE + ".md"), edition.readAllBytes());
        }
    }

    /** Deletes a folder of files and links (never what the links point at); nothing there is fine too. */
    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
