package io.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.base.EmployeeId;
import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DirectoryServiceIntegrationTest {

    @Autowired
    private ApplicationEvents events;
    @Autowired
    private DirectoryService directory;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void hr_sends_an_active_person_a_new_sign_in_link_and_nobody_else_may() {
        long grace = jdbc.sql("SELECT id FROM employee WHERE email = 'grace.liu@example.com'").query(Long.class).single();
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            assertThat(directory.sendInvitation(new EmployeeId(grace))).isTrue();
            assertThat(directory.sendInvitation(new EmployeeId(Long.MAX_VALUE))).as("no such person").isFalse();
        }
        assertThat(events.stream(NewcomersInvited.class)).singleElement()
                .satisfies(sent -> assertThat(sent.invitations()).singleElement().satisfies(link -> {
                    assertThat(link.employee()).isEqualTo(new EmployeeId(grace));
                    assertThat(link.path()).startsWith("invitation/");
                }));
        try (var employee = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> directory.sendInvitation(new EmployeeId(grace)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_manager_sees_direct_and_indirect_reports_and_no_one_else() {
        try (var session = signedIn.as(DemoOrganisation.MANAGER)) {
            Set<String> team = directory.myTeam().stream().map(TeamMember::email).collect(Collectors.toSet());

            assertThat(team).contains("tom.fischer@example.com", DemoOrganisation.EMPLOYEE)
                    .doesNotContain(DemoOrganisation.MANAGER, "olivia.bennett@example.com",
                            "isabel.garcia@example.com", DemoOrganisation.HR);
        }
    }

    @Test
    void every_managers_team_equals_the_reporting_line_walked_independently() {
        List<Map.Entry<Long, Long>> reportsTo = jdbc.sql("SELECT id, manager_id FROM employee")
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getLong("manager_id"))).list();
        List<String> managers = jdbc.sql("""
                SELECT e.email FROM employee e JOIN employee_role r ON r.employee_id = e.id
                WHERE r.role = 'MANAGER'""").query(String.class).list();
        assertThat(managers).hasSizeGreaterThanOrEqualTo(3);

        for (String manager : managers) {
            long managerId = jdbc.sql("SELECT id FROM employee WHERE email = ?").param(manager)
                    .query(Long.class).single();
            try (var session = signedIn.as(manager)) {
                Set<Long> fromService = directory.myTeam().stream().map(TeamMember::id).collect(Collectors.toSet());
                assertThat(fromService).as(manager).isEqualTo(walkDown(managerId, reportsTo));
            }
        }
    }

    @Test
    void everyone_can_learn_who_their_manager_is_and_the_top_has_none() {
        try (var session = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThat(directory.myManagerName()).contains("Tom Fischer");
        }
        try (var session = signedIn.as("olivia.bennett@example.com")) {
            assertThat(directory.myManagerName()).isEmpty();
        }
    }

    @Test
    void someone_who_is_not_a_manager_is_refused() {
        try (var session = signedIn.as(DemoOrganisation.EMPLOYEE)) {
            assertThatThrownBy(() -> directory.myTeam()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(() -> directory.myTeam()).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    private static Set<Long> walkDown(long root, List<Map.Entry<Long, Long>> reportsTo) {
        Set<Long> found = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            long boss = todo.pop();
            for (Map.Entry<Long, Long> e : reportsTo) {
                if (e.getValue() == boss && found.add(e.getKey())) {
                    todo.push(e.getKey());
                }
            }
        }
        return found;
    }
}
