package io.steward.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void the_annotation_constants_name_exactly_the_roles() throws IllegalAccessException {
        var constants = new java.util.ArrayList<String>();
        for (Field field : Role.Names.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void authority_has_the_spring_security_role_prefix() {
        assertThat(Role.HR.authority()).isEqualTo("ROLE_HR");
    }
}
