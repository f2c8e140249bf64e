package io.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The mail texts: every key the code uses exists and none lies unused (MessageBundleTest compares the languages). */
class MailTextsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "steward", "notification");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "notification");
    private static final Pattern KEY = Pattern.compile("\"(mail\\.[A-Za-z0-9.]+)\"");

    @Test
    void every_key_used_is_in_the_english_texts_and_every_text_is_used() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(bundle("mails.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
