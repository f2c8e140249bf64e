package io.steward.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All UI text goes through the message bundle: every key the code asks for exists, and none lies unused; and every
 * translation of every bundle (UI texts and mail texts) has exactly its English keys.
 */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path BUNDLES = RESOURCES.resolve("vaadin-i18n");
    /** A translation such as {@code mails_de.properties} or {@code translations_pt_BR.properties}: family, language. */
    private static final Pattern TRANSLATION = Pattern.compile("(.+)_([a-z]{2,3}(?:_[A-Z]{2})?)\\.properties");
    /** The translations shipped today; add a line when a language arrives. */
    private static final Set<String> TRANSLATIONS_THAT_EXIST = Set.of("notification/mails_de.properties");
    /** getTranslation("key"), @Menu(title = "key") and a view's super("key") title. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation\\(|title = |super\\()\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** A key built at run time from a literal prefix, such as {@code "training.state." + state}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\" \\+");

    @Test
    void every_key_used_in_the_code_is_in_the_english_bundle() throws IOException {
        Set<String> missing = new TreeSet<>(keysMatching(KEY_USE));
        missing.removeAll(bundle("translations.properties").stringPropertyNames());

        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void every_key_in_the_bundle_is_used_somewhere() throws IOException {
        Set<String> unused = new TreeSet<>(bundle("translations.properties").stringPropertyNames());
        unused.removeAll(keysMatching(STRING_LITERAL));
        Set<String> prefixes = keysMatching(KEY_PREFIX);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));

        assertThat(unused).as("keys in translations.properties that no code uses").isEmpty();
    }

    /**
     * Every translation of every bundle family (the UI texts in {@code vaadin-i18n/}, the mail texts in
     * {@code notification/}, any later one) has exactly the keys of its English file: {@code mails_de.properties}
     * against {@code mails.properties}. The walk must find at least the translations that exist today, so a
     * moved folder or a wrong file pattern cannot turn this into a loop over nothing.
     */
    @Test
    void every_other_language_has_exactly_the_english_keys() throws IOException {
        Set<String> checked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher translation = TRANSLATION.matcher(file.getFileName().toString());
                if (!translation.matches()) {
                    continue;
                }
                Path english = file.resolveSibling(translation.group(1) + ".properties");
                assertThat(english).as("English bundle for " + file).exists();
                assertThat(load(file).stringPropertyNames()).as(file.toString())
                        .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
                checked.add(RESOURCES.relativize(file).toString().replace('\\', '/'));
            }
        }

        assertThat(checked).as("translations compared with their English bundle")
                .containsAll(TRANSLATIONS_THAT_EXIST);
    }

    private static Set<String> keysMatching(Pattern pattern) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        return load(BUNDLES.resolve(name));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
