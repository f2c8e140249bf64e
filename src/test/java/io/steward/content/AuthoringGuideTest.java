package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.format.ContentFolder;
import io.steward.content.format.OrganisationFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full example in docs/authoring.md is a valid module with no warning, filled with the shipped organisation
 * facts, so the guide cannot drift from the validator.
 */
class AuthoringGuideTest {

    private static final Pattern EXAMPLE = Pattern.compile("````markdown\\n(.*?)````", Pattern.DOTALL);

    @Test
    void the_example_in_the_authoring_guide_is_valid(@TempDir Path folder) throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("docs", "authoring.md")));
        assertThat(example.find()).as("docs/authoring.md has a ````markdown example").isTrue();
        Files.createDirectories(folder.resolve("modules"));
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("modules/data-retention.md"), example.group(1));
        Files.write(folder.resolve("assets/retention-timeline.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.copy(Path.of("content", OrganisationFacts.FILE), folder.resolve(OrganisationFacts.FILE));

        ContentFolder.Report report = ContentFolder.read(folder);

        assertThat(report.problems()).isEmpty();
        assertThat(report.files().getFirst().document().orElseThrow().questions()).hasSize(2);
    }
}
