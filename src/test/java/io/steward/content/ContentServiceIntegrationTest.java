package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The application's own content folder, loaded at start-up, through the service and its security. */
@IntegrationTest
class ContentServiceIntegrationTest {

    @Autowired
    ContentService content;

    /** Other tests add modules to the served copy of content/, so these look only at the shipped ones. */
    private static List<String> shippedIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content", "modules"))) {
            return files.map(f -> f.getFileName().toString().replace(".md", "")).toList();
        }
    }

    @Test
    @WithMockUser(roles = "AUTHOR")
    void the_shipped_modules_are_served_at_start_up() throws IOException {
        List<String> shipped = shippedIds();

        assertThat(shipped).hasSize(10);
        assertThat(content.catalogue()).filteredOn(m -> shipped.contains(m.id())).hasSize(10).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(ModuleStatus.VALID);
            assertThat(m.lessons()).isPositive();
        });
        assertThat(content.health().errors()).isZero();
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void an_employee_sees_a_module_but_not_the_catalogue() {
        ModuleContent transparency = content.module("transparency").orElseThrow();

        assertThat(transparency.lessons()).hasSize(7);
        assertThat(transparency.questions()).hasSize(15);
        assertThat(transparency.passMark()).isEqualTo(80);
        assertThat(content.questions(transparency.ref())).hasValue(transparency.questions());
        assertThatThrownBy(content::catalogue).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "HR")
    void hr_reads_the_catalogue_but_cannot_reload() {
        assertThat(content.catalogue()).isNotEmpty();
        assertThatThrownBy(content::reload).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "AUTHOR")
    void an_author_reloads() {
        ContentHealth health = content.reload();

        assertThat(health.served()).isGreaterThanOrEqualTo(7)
                .isEqualTo(content.catalogue().stream().filter(ModuleSummary::served).count());
    }
}
