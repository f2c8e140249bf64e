package io.steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Serves a copy of the shipped {@code content/} folder, made once per test JVM, so that tests can add and
 * change modules without touching the repository. Reload it explicitly (the watcher is off in tests).
 */
public class TestContent implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path folder;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("steward-test-content", Map.of(
                "steward.content.dir", folder().toString(),
                "steward.content.watch", "false")));
    }

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("steward-test-content");
                copy(Path.of("content"), folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** Writes a module file into the served folder; call {@code ContentService.reload()} to serve it. */
    public static void writeModule(String id, String markdown) {
        try {
            Files.writeString(folder().resolve("modules").resolve(id + ".md"), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-question module that must be passed with every answer right and expires after a year: the
     * smallest module with a quiz, renewals and a certificate.
     */
    public static String yearlyQuiz(String id, String title, String version) {
        return """
                ---
                id: %s
                title: %s
                version: %s
                pass-mark: 100
                recertify-every: P12M
                ---
                ## The only lesson

                Data is kept only as long as it is needed.

                ## Quiz

                ### How long do we keep customer data?
                - [x] Only as long as it is needed
                - [ ] Forever
                """.formatted(id, title, version);
    }

    /** The statement of {@link #policy}. */
    public static final String CLEAN_DESK_STATEMENT = "I have read the clean desk policy and will follow it.";

    /**
     * A policy to read and acknowledge: three lessons (Paper, Screens, Printers) of the clean desk policy, no
     * quiz, completed by agreeing to {@link #CLEAN_DESK_STATEMENT}; renewed every year. Give each test's policy
     * its own title: modules not assigned to a person are listed to them too.
     */
    public static String policy(String id, String title) {
        return """
                ---
                id: %s
                title: %s
                version: 1.0.0
                recertify-every: P12M
                attestation: %s
                ---
                ## Paper

                Lock away papers with customer data when you leave your desk.

                ## Screens

                Lock your screen whenever you step away.

                ## Printers

                Collect what you print at once.
                """.formatted(id, title, CLEAN_DESK_STATEMENT);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
