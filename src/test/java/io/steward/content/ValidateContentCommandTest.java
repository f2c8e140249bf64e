package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateContentCommandTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_content_is_valid() {
        int exit = ValidateContentCommand.run(new String[] {"content"}, out);

        assertThat(printed()).endsWith("content: 10 module files, 10 valid; 0 errors, 0 warnings\n");
        assertThat(exit).isZero();
    }

    @Test
    void every_problem_of_every_file_is_printed_and_the_exit_code_is_one(@TempDir Path folder) throws IOException {
        Path modules = Files.createDirectories(folder.resolve("modules"));
        Files.writeString(modules.resolve("a.md"), "---\nid: same\ntitle: A\nversion: 1.0.0\nattestation: I have read it.\n---\n## Lesson\n\nText.\n");
        Files.writeString(modules.resolve("b.md"), "---\nid: same\ntitle: B\nversion: 1.0\nattestation: I have read it.\n---\n## Lesson\n\nText.\n");
        Files.writeString(modules.resolve("c.md"), "---\nid: c\ntitle: C\n");

        int exit = ValidateContentCommand.run(new String[] {folder.toString()}, out);

        assertThat(printed().lines()).containsExactly(
                "modules/a.md:2: the id 'same' is also used by modules/b.md:2; ids must be unique",
                "modules/b.md:2: the id 'same' is also used by modules/a.md:2; ids must be unique",
                "modules/b.md:4: 'version' must be a version MAJOR.MINOR.PATCH, like 1.0.0; found '1.0'",
                "modules/c.md:1: the front matter is not closed: add a line '---' after the settings",
                folder + ": 3 module files, 0 valid; 4 errors, 0 warnings");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void a_folder_without_modules_is_invalid(@TempDir Path folder) {
        assertThat(ValidateContentCommand.run(new String[] {folder.toString()}, out)).isEqualTo(1);
        assertThat(printed()).startsWith("modules: there is no folder 'modules'");
    }

    @Test
    void wrong_usage_exits_with_two() {
        assertThat(ValidateContentCommand.run(new String[0], out)).isEqualTo(2);
        assertThat(printed()).startsWith("usage: java -jar steward.jar validate-content <content folder>");
    }
}
