package io.steward.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/** Every view and every public service method says who may use it; nothing is open by omission. */
class AccessRulesTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(
            RolesAllowed.class, PermitAll.class, DenyAll.class, AnonymousAllowed.class, PreAuthorize.class);

    @Test
    void every_route_states_who_may_open_it() {
        List<Class<?>> routes = classesAnnotatedWith(Route.class);

        assertThat(routes).isNotEmpty();
        assertThat(routes).filteredOn(route -> !declaresAccess(route))
                .as("routes without an access annotation").isEmpty();
    }

    @Test
    void every_public_method_of_a_public_service_states_who_may_call_it() {
        List<Class<?>> services = classesAnnotatedWith(Service.class).stream()
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .toList();

        assertThat(services).isNotEmpty();
        List<String> open = services.stream()
                .flatMap(service -> Arrays.stream(service.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .filter(m -> !declaresAccess(m) && !declaresAccess(service))
                        .map(m -> service.getSimpleName() + "." + m.getName()))
                .toList();
        assertThat(open).as("public service methods without an access annotation").isEmpty();
    }

    private static boolean declaresAccess(AnnotatedElement element) {
        return ACCESS_ANNOTATIONS.stream().anyMatch(element::isAnnotationPresent);
    }

    static List<Class<?>> classesAnnotatedWith(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("io.steward").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, AccessRulesTest.class.getClassLoader()))
                .filter(type -> !type.getPackageName().startsWith("io.steward.demo"))
                .toList();
    }
}
