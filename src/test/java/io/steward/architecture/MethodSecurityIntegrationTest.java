package io.steward.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import io.steward.reporting.ReportingService;
import io.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Method security guards the services' methods and leaves views alone: a view is checked by Vaadin when it is
 * entered, and an advisor that applies to a view makes Spring proxy every instance it creates of it.
 */
@IntegrationTest
class MethodSecurityIntegrationTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ReportingService reporting;

    @Test
    void no_advisor_applies_to_a_view() {
        List<Class<?>> routes = AccessRulesTest.classesAnnotatedWith(Route.class);
        Map<String, Advisor> advisors = context.getBeansOfType(Advisor.class);

        assertThat(routes).isNotEmpty();
        assertThat(advisors).isNotEmpty();
        List<String> advised = routes.stream().flatMap(route -> advisors.entrySet().stream()
                        .filter(advisor -> AopUtils.canApply(advisor.getValue(), route))
                        .map(advisor -> route.getSimpleName() + " by " + advisor.getKey()))
                .toList();
        assertThat(advised).as("views that Spring would proxy").isEmpty();
    }

    @Test
    void roles_on_services_are_still_checked() {
        assertThat(AopUtils.isAopProxy(reporting)).isTrue();
        assertThat(AopUtils.canApply(context.getBean("rolesOnServices", Advisor.class), ReportingService.class))
                .isTrue();
    }
}
