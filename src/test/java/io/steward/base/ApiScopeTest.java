package io.steward.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiScopeTest {

    @Test
    void the_annotation_constants_are_exactly_the_scope_authorities() throws IllegalAccessException {
        List<Object> constants = new ArrayList<>();
        for (Field field : ApiScope.Authorities.class.getFields()) {
            constants.add(field.get(null));
            assertThat(field.get(null)).isEqualTo(ApiScope.valueOf(field.getName()).authority());
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ApiScope.values()).map(ApiScope::authority).toList());
    }

    @Test
    void the_documented_name_is_lower_case() {
        assertThat(ApiScope.IMPORT.id()).isEqualTo("import");
    }
}
