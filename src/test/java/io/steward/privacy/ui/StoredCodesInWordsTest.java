package io.steward.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.base.Role;
import io.steward.learning.AssignmentState;
import io.steward.learning.domain.QuizAttempt;
import io.steward.notification.DeliveryStatus;
import io.steward.notification.NotificationKind;
import io.steward.privacy.MyData;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** My data reads stored codes out as words: every code a coded column can hold has its words in the bundle. */
class StoredCodesInWordsTest {

    private static final Path BUNDLE = Path.of("src", "main", "resources", "vaadin-i18n", "translations.properties");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    @Test
    void every_code_a_coded_column_can_hold_has_its_words() throws IOException {
        List<String> outcomes = newestCheck("ck_assignment_cycle_outcome");
        Map<String, List<String>> codes = Map.of(
                "assignments.state",
                Stream.concat(names(AssignmentState.values()).stream(), outcomes.stream()).toList(),
                "attempts.state", constants(QuizAttempt.class),
                "reminders.kind", names(NotificationKind.values()),
                "reminders.status", names(DeliveryStatus.values()),
                // The audit trail's outcome of a sign-in (AuditRecorder.SUCCESS and FAILURE).
                "sign-ins.outcome", List.of("SUCCESS", "FAILURE"),
                "profile.roles", names(Role.values()));
        Properties bundle = bundle();

        assertThat(RecordText.codedColumns().keySet()).containsExactlyInAnyOrderElementsOf(codes.keySet());
        TreeSet<String> missing = new TreeSet<>();
        codes.forEach((column, values) -> values.forEach(code -> {
            String key = RecordText.codedColumns().get(column) + code.toLowerCase(Locale.ROOT);
            if (bundle.getProperty(key) == null) {
                missing.add(column + " " + code + " (" + key + ")");
            }
        }));
        assertThat(missing).as("stored codes without words").isEmpty();
        assertThat(outcomes).contains("SUPERSEDED");
    }

    @Test
    void a_record_reads_with_module_titles_and_words() throws IOException {
        Properties bundle = bundle();
        RecordText text = new RecordText((key, params) -> MessageFormat.format(bundle.getProperty(key), params),
                Locale.UK, id -> id.equals("data-rights-requests") ? "Data rights requests" : id);
        MyData.Kind assignments = new MyData.Kind("assignments", null, List.of("module", "state"), List.of());
        MyData.Kind profile = new MyData.Kind("profile", null, List.of("roles", "hireDate"), List.of());

        assertThat(text.value(assignments, "module", "data-rights-requests")).isEqualTo("Data rights requests");
        assertThat(text.value(assignments, "state", "NO_LONGER_REQUIRED")).isEqualTo("No longer required");
        assertThat(text.value(profile, "roles", "AUTHOR, HR")).isEqualTo("Author, HR");
        assertThat(text.value(profile, "hireDate", "2026-01-12")).isEqualTo("12 Jan 2026");
        assertThat(text.value(profile, "roles", "")).isEmpty();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The class's public string constants, the states it stores. */
    private static List<String> constants(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    /** The values the newest migration that sets the named check constraint allows. */
    private static List<String> newestCheck(String constraint) throws IOException {
        Pattern check = Pattern.compile(constraint + "\\s+CHECK\\s*\\(\\s*\\w+\\s+IN\\s*\\(([^)]*)\\)");
        List<String> allowed = List.of();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = check.matcher(Files.readString(file));
                while (m.find()) {
                    allowed = Arrays.stream(m.group(1).split(",")).map(v -> v.strip().replace("'", "")).toList();
                }
            }
        }
        return allowed;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
