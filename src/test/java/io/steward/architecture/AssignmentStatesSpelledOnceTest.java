package io.steward.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an assignment's state means is learning's to say: other features compose their SQL from
 * {@code io.steward.learning.AssignmentSql} and never spell a state (or a cycle's outcome) themselves.
 */
class AssignmentStatesSpelledOnceTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "steward");
    private static final Pattern STATE = Pattern.compile(
            "'(ASSIGNED|IN_PROGRESS|COMPLETED|EXEMPTED|NO_LONGER_REQUIRED|SUPERSEDED)'");

    @Test
    void no_sql_outside_learning_spells_an_assignment_state() throws IOException {
        List<String> spelled = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(SOURCES.resolve("learning"))).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (STATE.matcher(lines.get(i)).find()) {
                        spelled.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(spelled).as("use io.steward.learning.AssignmentSql instead").isEmpty();
    }

    @Test
    void the_guard_finds_a_spelled_state() {
        assertThat(STATE.matcher("WHERE a.state IN ('ASSIGNED', 'IN_PROGRESS')").find()).isTrue();
        assertThat(STATE.matcher("state=NO_LONGER_REQUIRED closed=3").find()).isFalse();
    }
}
