package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.domain.ModuleVersionStore;
import io.steward.support.IntegrationTest;
import io.steward.support.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading and reloading a content folder of its own, against the real version store. */
@IntegrationTest
class CatalogueIntegrationTest {

    @Autowired
    ModuleVersionStore store;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private String id;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(folder.resolve("modules"));
        catalogue = catalogueOf(folder);
        id = "it-" + UUID.randomUUID().toString().substring(0, 8); // the database is shared by all tests
    }

    private String module(String version, String lessonText) {
        return """
                ---
                id: %s
                title: Retention basics
                version: %s
                pass-mark: 50
                ---
                ## Keeping data

                %s

                ## Quiz

                ### How long do we keep data?
                - [x] Only as long as needed
                - [ ] Forever
                """.formatted(id, version, lessonText);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve("modules").resolve(file), text);
    }

    private Catalogue.Entry only() {
        assertThat(catalogue.current().entries()).hasSize(1);
        return catalogue.current().entries().getFirst();
    }

    private int storedVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM module_version WHERE module_id = ?").param(id).query(Integer.class)
                .single();
    }

    @Test
    void a_valid_file_is_served_and_its_version_stored() throws IOException {
        write("retention.md", module("1.0.0", "Keep it short."));

        catalogue.reload();

        assertThat(only().status()).isEqualTo(ModuleStatus.VALID);
        ModuleContent content = catalogue.content(id).orElseThrow();
        assertThat(content.lessons()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Keeping data");
            assertThat(l.html()).isEqualTo("<p>Keep it short.</p>\n");
        });
        assertThat(content.questions()).singleElement().satisfies(q -> assertThat(q.correctKeys()).containsExactly(1));
        assertThat(storedVersions()).isEqualTo(1);
    }

    @Test
    void a_file_that_breaks_keeps_serving_its_last_valid_version_until_fixed() throws IOException {
        write("retention.md", module("1.0.0", "Keep it short."));
        catalogue.reload();

        write("retention.md", module("1.1.0", "Changed.").replace("- [x] Only", "- [ ] Only"));
        catalogue.reload();

        assertThat(only().status()).isEqualTo(ModuleStatus.STALE);
        assertThat(catalogue.content(id).orElseThrow().ref().version()).isEqualTo(SemanticVersion.of("1.0.0"));
        assertThat(catalogue.current().problems()).extracting(ContentProblem::toString)
                .containsExactly("modules/retention.md:13: no option is marked correct: mark the right ones '- [x]'");

        write("retention.md", module("1.1.0", "Fixed."));
        catalogue.reload();

        assertThat(only().status()).isEqualTo(ModuleStatus.VALID);
        assertThat(catalogue.content(id).orElseThrow().lessons().getFirst().html()).contains("Fixed.");
        assertThat(storedVersions()).isEqualTo(2);
    }

    @Test
    void after_a_restart_a_broken_file_serves_the_last_version_stored() throws IOException {
        write("retention.md", module("1.0.0", "Keep it short."));
        catalogue.reload();
        write("retention.md", module("1.1.0", "Broken.").replace("- [x] Only", "- [ ] Only"));

        Catalogue restarted = catalogueOf(folder);
        restarted.reload();

        assertThat(restarted.current().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ModuleStatus.STALE);
            assertThat(entry.served().settings().version()).isEqualTo(SemanticVersion.of("1.0.0"));
        });
        assertThat(restarted.content(id).orElseThrow().lessons().getFirst().html()).contains("Keep it short.");
    }

    @Test
    void a_file_that_was_never_valid_is_listed_but_not_served() throws IOException {
        write("retention.md", module("one", "Text."));

        catalogue.reload();

        assertThat(only().status()).isEqualTo(ModuleStatus.INVALID);
        assertThat(catalogue.content(id)).isEmpty();
        assertThat(storedVersions()).isZero();
    }

    @Test
    void the_same_version_with_different_content_is_stored_and_reported() throws IOException {
        write("retention.md", module("1.0.0", "First text."));
        catalogue.reload();
        ModuleVersionRef first = catalogue.content(id).orElseThrow().ref();

        write("retention.md", module("1.0.0", "Second text."));
        catalogue.reload();

        assertThat(only().status()).isEqualTo(ModuleStatus.VALID);
        assertThat(catalogue.current().problems()).filteredOn(p -> p.message().contains("served before"))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(ContentProblem.Severity.WARNING);
                    assertThat(p.toString()).startsWith("modules/retention.md:4: warning: version 1.0.0 was served "
                            + "before with different content");
                });
        assertThat(storedVersions()).isEqualTo(2);
        assertThat(store.find(first)).hasValueSatisfying(v -> assertThat(v.questions()).hasSize(1));
    }

    @Test
    void an_old_versions_questions_are_kept_after_the_file_changes() throws IOException {
        write("retention.md", module("1.0.0", "Text."));
        catalogue.reload();
        ModuleVersionRef old = catalogue.content(id).orElseThrow().ref();

        write("retention.md", module("2.0.0", "Text.").replace("### How long do we keep data?", "### A new question"));
        catalogue.reload();

        assertThat(store.find(old).orElseThrow().questions().getFirst().text()).isEqualTo("How long do we keep data?");
        assertThat(catalogue.content(id).orElseThrow().questions().getFirst().text()).isEqualTo("A new question");
    }

    @Test
    void a_removed_file_is_no_longer_served() throws IOException {
        write("retention.md", module("1.0.0", "Text."));
        catalogue.reload();

        Files.delete(folder.resolve("modules/retention.md"));
        catalogue.reload();

        assertThat(catalogue.current().entries()).isEmpty();
        assertThat(catalogue.content(id)).isEmpty();
    }

    @Test
    void changes_are_picked_up_only_when_something_changed() throws IOException {
        write("retention.md", module("1.0.0", "Text."));
        assertThat(catalogue.reloadIfChanged()).isTrue();
        assertThat(catalogue.reloadIfChanged()).isFalse();

        write("another.md", module("1.0.0", "Text.").replace("id: " + id, "id: " + id + "-2"));

        assertThat(catalogue.reloadIfChanged()).isTrue();
        assertThat(catalogue.current().entries()).hasSize(2);
    }

    @Test
    void a_folder_served_through_a_link_is_watched_through_it() throws IOException {
        Path link = folder.resolveSibling(folder.getFileName() + "-link");
        Files.createSymbolicLink(link, folder);
        try {
            Catalogue linked = catalogueOf(link);
            write("retention.md", module("1.0.0", "Text."));
            assertThat(linked.reloadIfChanged()).isTrue();
            assertThat(linked.reloadIfChanged()).isFalse();

            write("retention.md", module("1.0.1", "Other text."));

            assertThat(linked.reloadIfChanged()).as("a change behind the link").isTrue();
            assertThat(linked.content(id).orElseThrow().ref().version()).isEqualTo(SemanticVersion.of("1.0.1"));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void rendered_pages_are_cached_per_version() throws IOException {
        write("retention.md", module("1.0.0", "Text."));
        catalogue.reload();

        assertThat(catalogue.content(id).orElseThrow()).isSameAs(catalogue.content(id).orElseThrow());
    }

    private Catalogue catalogueOf(Path folder) {
        ContentProperties properties = TestSettings.bind(ContentProperties.class, "steward.content.dir",
                folder.toString());
        return new Catalogue(properties, store, clock);
    }
}
