package io.steward;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import io.steward.content.ValidateContentCommand;
import io.steward.security.BootstrapToken;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class StewardApplication implements AppShellConfigurator {

    static final String MISSING_DATABASE =
            "Steward needs a database: set STEWARD_DB_URL (for example jdbc:mariadb://localhost:3306/steward), "
                    + "STEWARD_DB_USER and STEWARD_DB_PASSWORD.";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateContentCommand.NAME)) {
            // Before the database check and without Spring: authors validate content with no server or database.
            System.exit(ValidateContentCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (!databaseConfigured(args)) {
            System.err.println(MISSING_DATABASE);
            System.exit(2);
        }
        Optional<String> tokenProblem = BootstrapToken.problem(System.getenv(BootstrapToken.VARIABLE));
        if (tokenProblem.isPresent()) {
            System.err.println(tokenProblem.get());
            System.exit(2);
        }
        SpringApplication.run(StewardApplication.class, args);
    }

    /** Checked before Spring starts so that a missing or bad setting gives one line, not a stack trace. */
    static boolean databaseConfigured(String[] args) {
        return notBlank(System.getenv("STEWARD_DB_URL"))
                || notBlank(System.getProperty("spring.datasource.url"))
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The description, and the tab's icon: without one, the browser asks for /favicon.ico and logs a 404. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Steward: privacy and data-ethics training");
        settings.addFavIcon("icon", "favicon.svg", "any");
    }
}
