package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void every_kind_of_problem_has_a_message() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }

        assertThat(Arrays.stream(ImportProblem.Kind.values()).map(ImportProblem.Kind::messageKey))
                .allSatisfy(key -> assertThat(bundle).containsKey(key));
    }
}
