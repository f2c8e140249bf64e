package io.steward.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test server, for proving that an upgrade keeps customers' data: migrate it to
 * the schema of an earlier release, fill it as that release would have, migrate it to now, and compare.
 */
public final class UpgradeDatabase implements AutoCloseable {

    private final String name;
    private final DriverManagerDataSource dataSource;
    private final JdbcClient jdbc;

    private UpgradeDatabase(String name, DriverManagerDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** An empty database, with nothing migrated yet. */
    public static UpgradeDatabase create() {
        String name = "upgrade_" + Long.toString(System.nanoTime(), 36);
        try (Connection server = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password())) {
            server.createStatement().execute("CREATE DATABASE " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the upgrade test database", e);
        }
        String url = TestDatabase.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new UpgradeDatabase(name, new DriverManagerDataSource(url, TestDatabase.user(),
                TestDatabase.password()));
    }

    /** Applies the application's migrations up to this version ({@code "latest"}: all of them). */
    public UpgradeDatabase migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load()
                .migrate();
        return this;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        jdbc.sql("DROP DATABASE " + name).update();
    }
}
