package io.steward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StewardApplicationTest {

    @Test
    void a_database_url_given_on_the_command_line_counts_as_configured() {
        assertThat(StewardApplication.databaseConfigured(
                new String[] {"--spring.datasource.url=jdbc:mariadb://db/steward"})).isTrue();
    }

    @Test
    void without_any_database_url_steward_is_not_configured() {
        assertThat(System.getenv("STEWARD_DB_URL")).as("precondition: the test environment sets no URL").isNull();
        assertThat(StewardApplication.databaseConfigured(new String[] {"--server.port=9000"})).isFalse();
    }
}
