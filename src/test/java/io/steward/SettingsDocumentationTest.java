package io.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's Settings table is the configuration processor's list of {@code steward.*} settings: the same keys,
 * defaults and descriptions (the records' Javadoc), in key order, and each environment variable it names really
 * sets its key.
 */
class SettingsDocumentationTest {

    @Test
    void the_readme_lists_every_setting_with_the_default_and_description_of_its_record() throws Exception {
        List<String> expected = metadata().stream().map(SettingsDocumentationTest::row).toList();

        assertThat(readmeRows())
                .as("README.md's Settings table; from the records it would be:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void each_documented_environment_variable_sets_its_key() throws IOException {
        for (String row : readmeRows()) {
            String[] cells = cells(row);
            String key = unquote(cells[0]);
            String variable = unquote(cells[1]);
            Binder environment = new Binder(ConfigurationPropertySources.from(
                    new SystemEnvironmentPropertySource("environment", Map.of(variable, "from-the-environment"))));

            assertThat(environment.bind(key, String.class).orElse(null)).as(variable + " sets " + key)
                    .isEqualTo("from-the-environment");
        }
    }

    @Test
    void no_steward_setting_is_read_or_defaulted_outside_its_record() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(source).contains("${steward.")) {
                    outside.add(source.toString());
                }
            }
        }
        Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(line -> line.startsWith("steward.") || line.contains("${steward."))
                .forEach(line -> outside.add("application.properties: " + line));

        assertThat(outside).as("steward.* placeholders or defaults outside the *Properties records").isEmpty();
    }

    /** One table row as the README writes it: key, environment variable, default, meaning. */
    private static String row(JsonNode property) {
        String key = property.get("name").asString();
        String variable = key.replaceAll("[.-]", "_").toUpperCase(Locale.ROOT);
        return "| `" + key + "` | `" + variable + "` | " + defaultOf(property) + " | "
                + property.get("description").asString() + " |";
    }

    /** As it would be written in a setting: {@code 7,1} for a list the processor writes as {@code [7, 1]}. */
    private static String defaultOf(JsonNode property) {
        JsonNode value = property.get("defaultValue");
        if (value == null || value.isNull() || value.asString().isEmpty()) {
            return "unset";
        }
        String text = value.asString();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = String.join(",", text.substring(1, text.length() - 1).split(",\\s*"));
        }
        return "`" + text + "`";
    }

    private static List<JsonNode> metadata() throws IOException, URISyntaxException {
        Path classes = Path.of(StewardApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JsonNode metadata = JsonMapper.builder().build()
                .readTree(Files.readString(classes.resolve("META-INF/spring-configuration-metadata.json")));
        List<JsonNode> properties = new ArrayList<>();
        metadata.get("properties").forEach(p -> {
            if (p.get("name").asString().startsWith("steward.")) {
                properties.add(p);
            }
        });
        properties.sort(Comparator.comparing(p -> p.get("name").asString()));
        assertThat(properties).as("settings in the processor's metadata").isNotEmpty();
        return properties;
    }

    /** The rows of the table under "## Settings", up to the next heading. */
    private static List<String> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Settings");
        assertThat(start).as("README.md has a '## Settings' section").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static String[] cells(String row) {
        return row.substring(2, row.length() - 2).split(" \\| ");
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
    }
}
