package io.steward.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

    @Test
    void only_major_minor_patch_without_leading_zeros_is_a_version() {
        assertThat(SemanticVersion.parse("1.10.0")).contains(new SemanticVersion(1, 10, 0));
        assertThat(SemanticVersion.parse(" 2.0.1 ")).contains(new SemanticVersion(2, 0, 1));
        for (String wrong : List.of("1.0", "1", "1.0.0.0", "01.0.0", "v1.0.0", "1.0.0-beta", "a.b.c", "")) {
            assertThat(SemanticVersion.parse(wrong)).as(wrong).isEmpty();
        }
    }

    @Test
    void versions_order_by_number_not_by_text() {
        assertThat(List.of(SemanticVersion.of("1.10.0"), SemanticVersion.of("1.2.0"), SemanticVersion.of("1.2.10"),
                SemanticVersion.of("1.2.9")).stream().sorted().map(SemanticVersion::toString))
                .containsExactly("1.2.0", "1.2.9", "1.2.10", "1.10.0");
    }
}
