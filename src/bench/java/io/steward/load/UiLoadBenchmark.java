package io.steward.load;

import io.steward.content.format.ContentFolder;
import io.steward.content.format.ModuleDocument;
import io.steward.content.format.ParsedFile;
import io.steward.security.PasswordPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Thousands of employees on their whole journey through the real UI at once, against the production jar and a
 * MariaDB server, each with their own session (issue 19; docs/benchmarks.md). Started by
 * {@code src/bench/ui-load.sh}, which starts the database and the jar and passes their process ids.
 *
 * <p>It loads a staff list through the API, assigns the module to everyone by a rule, gives everyone the same
 * password, and then starts {@code people} journeys over the ramp; each person who finishes is followed by a
 * new one, so that about {@code people} are mid-journey through the plateau. It prints the response times per
 * interaction, the people mid-journey over time, the CPU of the application, the database and this driver, the
 * application's heap per open session and its database connections, and then checks in the database that every
 * acknowledged answer is stored and every submitted attempt scored once. A lost or doubled answer fails it.
 */
public final class UiLoadBenchmark {

    private static final String PASSWORD = "load-test-password-2026";
    private static final int MANAGERS = 50;

    private final URI base;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String token;
    private final String moduleId;
    private final int people;
    private final int employees;
    private final long rampMillis;
    private final long plateauMillis;
    private final long thinkMillis;
    private final long appPid;
    private final long dbPid;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private UiLoadBenchmark() {
        base = URI.create(setting("load.url", "http://127.0.0.1:18090/"));
        dbUrl = setting("load.db.url", null);
        dbUser = setting("load.db.user", "root");
        dbPassword = setting("load.db.password", "");
        token = setting("load.token", null);
        moduleId = setting("load.module", "data-ethics-accountability");
        people = Integer.parseInt(setting("load.people", "2000"));
        rampMillis = Long.parseLong(setting("load.ramp-seconds", "300")) * 1000;
        plateauMillis = Long.parseLong(setting("load.plateau-seconds", "600")) * 1000;
        thinkMillis = Long.parseLong(setting("load.think-seconds", "10")) * 1000;
        appPid = Long.parseLong(setting("load.app-pid", "0"));
        dbPid = Long.parseLong(setting("load.db-pid", "0"));
        employees = Integer.parseInt(setting("load.employees",
                String.valueOf(people * (2 + (int) (plateauMillis / Math.max(1, 20 * thinkMillis))))));
    }

    /** Exits 0 when the database holds what the UI acknowledged, 1 when not, 2 when the run itself broke. */
    public static void main(String[] args) {
        int status;
        try {
            status = new UiLoadBenchmark().run() ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // the browser's threads of the comparison would keep the JVM alive
    }

    private boolean run() throws Exception {
        Journey.AnswerKey key = answerKey();
        long seedStart = System.nanoTime();
        List<String> emails = seed();
        System.out.printf(Locale.ROOT,
                "seeded %d employees and %d managers, the module %s assigned to all, in %.1f s%n",
                emails.size(), MANAGERS, moduleId, (System.nanoTime() - seedStart) / 1e9);
        long hashNanos = bcryptCpuNanos(PasswordPolicy.BCRYPT_COST);
        System.out.printf(Locale.ROOT, "one password check takes %.0f ms of CPU at bcrypt cost %d (%.0f ms at 12)%n",
                hashNanos / 1e6, PasswordPolicy.BCRYPT_COST, bcryptCpuNanos(12) / 1e6);
        // A quiz draws 7 of the module's 17 questions, 3 of them "select all": about one pair of draws in three
        // lacks a kind of question, and is taken again with two more people until both kinds are compared.
        UiRecording.Comparison comparison = null;
        for (int pair = 0; pair < 8 && (comparison == null || !comparison.everyKindDrawn()); pair++) {
            comparison = UiRecording.compare(base, key, PASSWORD, emails.removeFirst(), emails.removeFirst());
            if (!comparison.differences().isEmpty() && comparison.everyKindDrawn()) {
                break;
            }
        }
        if (!comparison.differences().isEmpty() || !comparison.everyKindDrawn()) {
            System.out.println("The driver does not send what Chromium sends"
                    + (comparison.everyKindDrawn() ? ":" : " (and no pair of quizzes drew both kinds of question):"));
            comparison.differences().forEach(d -> System.out.println("  " + d));
            return false;
        }
        System.out.println("the driver's requests have the shapes of Chromium's in every step of the journey");

        Latencies latencies = new Latencies();
        Journey journey = new Journey(http, base, key, PASSWORD, thinkMillis, latencies);
        ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(emails);
        List<Journey.Progress> journeys = new ArrayList<>();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger signedIn = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        long live0 = liveHeapBytes(false);

        Cpu cpu0 = Cpu.now(appPid, dbPid);
        long began = System.currentTimeMillis();
        long plateauStart = began + rampMillis;
        long plateauEnd = plateauStart + plateauMillis;
        ExecutorService slots = Executors.newVirtualThreadPerTaskExecutor();
        for (int slot = 0; slot < people; slot++) {
            long startAt = began + slot * rampMillis / people;
            slots.submit(() -> {
                sleepUntil(startAt);
                while (System.currentTimeMillis() < plateauEnd) {
                    String email = waiting.poll();
                    if (email == null) {
                        break;
                    }
                    Journey.Progress progress = new Journey.Progress(email);
                    synchronized (journeys) {
                        journeys.add(progress);
                    }
                    active.incrementAndGet();
                    try {
                        journey.run(progress, signedIn);
                    } catch (Exception | Error e) {
                        failed.incrementAndGet();
                    } finally {
                        active.decrementAndGet();
                    }
                }
                return null;
            });
        }
        slots.shutdown();

        System.out.println("people mid-journey, every 30 s:");
        List<String> overTime = new ArrayList<>();
        List<Integer> connections = new ArrayList<>();
        Cpu plateauCpu0 = null;
        long plateauLatencies0 = 0;
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            while (System.currentTimeMillis() < plateauEnd) {
                Thread.sleep(5000);
                long now = System.currentTimeMillis();
                if (plateauCpu0 == null && now >= plateauStart) {
                    plateauCpu0 = Cpu.now(appPid, dbPid);
                    plateauLatencies0 = latencies.totalCount();
                }
                connections.add(busyConnections(db));
                overTime.add(String.format(Locale.ROOT, "%4d s: %5d mid-journey, %5d signed in, %d busy connections",
                        (now - began) / 1000, active.get(), signedIn.get(), connections.getLast()));
                if (overTime.size() % 6 == 1) {
                    System.out.println(overTime.getLast());
                }
            }
        }
        Cpu plateauCpu = Cpu.now(appPid, dbPid).minus(plateauCpu0 == null ? cpu0 : plateauCpu0);
        long plateauInteractions = latencies.totalCount() - plateauLatencies0;
        int sessionsAtEnd = signedIn.get();
        latencies.stopRecording();
        long liveAtPlateau = liveHeapBytes(true);
        System.out.println("\nthe plateau is over; the journeys under way finish without being timed");
        slots.awaitTermination(30, TimeUnit.MINUTES);
        Cpu total = Cpu.now(appPid, dbPid).minus(cpu0);

        System.out.printf(Locale.ROOT, "%nUI LOAD BENCHMARK: %d people at once, ramp %d s, plateau %d s, think %d s, "
                        + "module %s, %d cores%n", people, rampMillis / 1000, plateauMillis / 1000, thinkMillis / 1000,
                moduleId, Runtime.getRuntime().availableProcessors());
        System.out.print(latencies.table());
        long signIns = latencies.count("sign-in");
        System.out.printf(Locale.ROOT, "journeys started %d, failed %d%n", journeys.size(), failed.get());
        System.out.printf(Locale.ROOT, "plateau: %d interactions in %d s = %.0f a second%n", plateauInteractions,
                plateauMillis / 1000, plateauInteractions * 1000.0 / plateauMillis);
        System.out.println("CPU over the plateau (core-seconds): " + plateauCpu.describe(plateauMillis));
        System.out.println("CPU over the whole run (core-seconds): " + total.describe(
                System.currentTimeMillis() - began));
        double hashSeconds = signIns * hashNanos / 1e9;
        long interactions = latencies.totalCount();
        System.out.printf(Locale.ROOT, "application CPU per interaction: %.2f ms with sign-in; %.2f ms outside sign-in "
                        + "(the %d password checks at %.0f ms of CPU each taken off, %d other interactions)%n",
                total.app * 1000 / interactions, (total.app - hashSeconds) * 1000 / Math.max(1, interactions - signIns),
                signIns, hashNanos / 1e6, interactions - signIns);
        if (live0 > 0 && liveAtPlateau > 0 && sessionsAtEnd > 0) {
            System.out.printf(Locale.ROOT, "application heap after a full GC: %.1f MB before the run, %.1f MB at the "
                            + "plateau's end with %d sessions signed in: %.1f kB a session%n", live0 / 1e6,
                    liveAtPlateau / 1e6, sessionsAtEnd, (liveAtPlateau - live0) / 1024.0 / sessionsAtEnd);
        }
        System.out.printf(Locale.ROOT, "database connections busy (sampled every 5 s): mean %.1f, max %d%n",
                connections.stream().mapToInt(Integer::intValue).average().orElse(0),
                connections.stream().mapToInt(Integer::intValue).max().orElse(0));
        return check(journeys);
    }

    /** Every acknowledged answer is in the database; every acknowledged submit is one attempt scored once. */
    private boolean check(List<Journey.Progress> journeys) throws SQLException {
        int lostAnswers = 0;
        int lostSubmits = 0;
        int doubled = 0;
        int failedScores = 0;
        int submitted = 0;
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                PreparedStatement attempts = db.prepareStatement("""
                        SELECT a.state, a.passed, a.version,
                               (SELECT COUNT(*) FROM quiz_answer q WHERE q.attempt_id = a.id)
                        FROM steward.quiz_attempt a JOIN steward.employee e ON e.id = a.employee_id
                        WHERE e.email = ? AND a.module_id = ?""")) {
            for (Journey.Progress journey : journeys) {
                attempts.setString(1, journey.email);
                attempts.setString(2, moduleId);
                int rows = 0;
                int submittedRows = 0;
                int answers = 0;
                try (ResultSet rs = attempts.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        answers = Math.max(answers, rs.getInt(4));
                        if ("SUBMITTED".equals(rs.getString(1))) {
                            submittedRows++;
                            if (rs.getLong(3) != 1) {
                                doubled++;
                            }
                            if (!rs.getBoolean(2)) {
                                failedScores++;
                            }
                        }
                    }
                }
                if (answers < journey.questionsAnswered) {
                    lostAnswers += journey.questionsAnswered - answers;
                }
                if (journey.submitted) {
                    submitted++;
                    if (submittedRows == 0) {
                        lostSubmits++;
                    }
                }
                if (submittedRows > 1 || rows > 1) {
                    doubled++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nCHECK: %d submits acknowledged; answers lost %d, submits lost %d, attempts "
                        + "doubled or scored twice %d, attempts that did not pass with every answer right %d%n",
                submitted, lostAnswers, lostSubmits, doubled, failedScores);
        boolean ok = lostAnswers == 0 && lostSubmits == 0 && doubled == 0 && failedScores == 0;
        System.out.println(ok ? "CHECK PASSED" : "CHECK FAILED: the database does not hold what the UI acknowledged");
        return ok;
    }

    private Journey.AnswerKey answerKey() {
        ContentFolder.Report report = ContentFolder.read(Path.of("content"));
        ModuleDocument module = report.files().stream().filter(f -> moduleId.equals(f.id()))
                .map(ParsedFile::document).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no valid module " + moduleId + " in content/"));
        return Journey.AnswerKey.of(moduleId, module.questions());
    }

    /**
     * The staff list through the API (as HR's provisioning script would load it), one rule assigning the module
     * to everyone, and one password for all (the hash computed once: hashing it thousands of times would only
     * slow the set-up, while each sign-in still checks it at full cost).
     */
    private List<String> seed() throws IOException, InterruptedException, SQLException {
        StringBuilder csv = new StringBuilder("employee_id,email,display_name,department,manager_id,roles,locale,"
                + "hire_date,active\n");
        for (int m = 1; m <= MANAGERS; m++) {
            csv.append(String.format(Locale.ROOT, "M%04d,load.manager%04d@example.com,Manager %04d,Department %02d,,"
                    + "MANAGER,en,2020-01-06,true%n", m, m, m, m % 10));
        }
        for (int e = 1; e <= employees; e++) {
            int manager = 1 + e % MANAGERS;
            csv.append(String.format(Locale.ROOT, "L%06d,load.person%06d@example.com,Person %06d,Department %02d,"
                    + "M%04d,,en,2024-03-04,true%n", e, e, e, manager % 10, manager));
        }
        api("api/v1/directory/import", "text/csv", csv.toString());
        api("api/v1/assignment-rules", "application/json", "{\"module\": \"" + moduleId
                + "\", \"audience\": {\"type\": \"everyone\"}, \"dueInDays\": 30}");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(PasswordPolicy.BCRYPT_COST).encode(PASSWORD);
        List<String> emails = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            try (PreparedStatement set = db.prepareStatement("INSERT INTO steward.credential (employee_id, "
                    + "password_hash, changed_at) SELECT id, ?, NOW(6) FROM steward.employee WHERE email LIKE "
                    + "'load.%' ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash)")) {
                set.setString(1, hash);
                set.executeUpdate();
            }
            try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("SELECT e.email FROM "
                    + "steward.employee e WHERE e.email LIKE 'load.person%' AND NOT EXISTS (SELECT 1 FROM "
                    + "steward.quiz_attempt a WHERE a.employee_id = e.id) ORDER BY e.id")) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        return emails;
    }

    private void api(String path, String type, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The CPU one password check at the application's cost takes, measured here on the same machine. */
    private static long bcryptCpuNanos(int cost) {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(cost);
        String hash = encoder.encode(PASSWORD);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            encoder.matches(PASSWORD, hash);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    private static int busyConnections(Connection db) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM "
                + "information_schema.PROCESSLIST WHERE USER = 'steward' AND COMMAND <> 'Sleep'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The application's live heap after a full collection, from a class histogram (jcmd, in the JDK). */
    private long liveHeapBytes(boolean printTop) throws IOException, InterruptedException {
        if (appPid == 0) {
            return 0;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(appPid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        process.waitFor();
        if (printTop) {
            System.out.println("the application's largest classes by live bytes, at the plateau's end:");
            lines.stream().filter(l -> l.matches("\\s*\\d+:.*")).limit(15).forEach(System.out::println);
        }
        String totalLine = lines.stream().filter(l -> l.startsWith("Total")).findFirst().orElse("");
        String[] parts = totalLine.trim().split("\\s+");
        return parts.length >= 3 ? Long.parseLong(parts[2]) : 0;
    }

    private static void sleepUntil(long at) throws InterruptedException {
        long wait = at - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("set -D" + name);
            }
            return fallback;
        }
        return value;
    }

    /** CPU seconds used by the application, the database, this driver and the whole machine. */
    record Cpu(double app, double db, double driver, double machineBusy, double machineTotal) {

        static Cpu now(long appPid, long dbPid) throws IOException {
            String[] machine = Files.readString(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim()
                    .split("\\s+");
            double total = 0;
            for (int i = 1; i < machine.length; i++) {
                total += Long.parseLong(machine[i]);
            }
            double idle = Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
            return new Cpu(process(appPid), process(dbPid), process(ProcessHandle.current().pid()),
                    (total - idle) / 100.0, total / 100.0);
        }

        private static double process(long pid) throws IOException {
            if (pid == 0) {
                return 0;
            }
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        Cpu minus(Cpu before) {
            return new Cpu(app - before.app, db - before.db, driver - before.driver,
                    machineBusy - before.machineBusy, machineTotal - before.machineTotal);
        }

        String describe(long wallMillis) {
            double wall = wallMillis / 1000.0;
            return String.format(Locale.ROOT, "application %.0f (%.2f cores), database %.0f (%.2f), driver %.0f "
                            + "(%.2f), machine busy %.0f of %.0f (%.0f%%)", app, app / wall, db, db / wall, driver,
                    driver / wall, machineBusy, machineTotal, 100 * machineBusy / Math.max(1, machineTotal));
        }
    }
}
