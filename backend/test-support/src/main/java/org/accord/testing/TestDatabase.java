package org.accord.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for a test run. When the environment variable {@code CI}
 * is set, it is created on the machine's server at 127.0.0.1:5432 (user {@code postgres}) and
 * dropped once the Spring test contexts are closed; otherwise on an embedded PostgreSQL 17 started once per JVM.
 */
public final class TestDatabase {

    /** Coordinates of a database. */
    public record Coordinates(String url, String username, String password) {
    }

    private static final String SERVER_URL = System.getenv().getOrDefault(
            "ACCORD_TEST_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String SERVER_USER = System.getenv().getOrDefault("ACCORD_TEST_DB_USER", "postgres");
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static synchronized Coordinates fresh() {
        String name = "accord_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return System.getenv("CI") != null ? onServer(name) : onEmbedded(name);
    }

    private static Coordinates onServer(String name) {
        execute(SERVER_URL + "postgres", SERVER_USER, "", "create database " + name);
        afterSpringContextsClosed(() ->
                execute(SERVER_URL + "postgres", SERVER_USER, "", "drop database if exists " + name + " with (force)"));
        return new Coordinates(SERVER_URL + name, SERVER_USER, "");
    }

    private static Coordinates onEmbedded(String name) {
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                EmbeddedPostgres started = embedded;
                afterSpringContextsClosed(() -> closeQuietly(started));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
        }
        String base = embedded.getJdbcUrl("postgres", "postgres");
        execute(base, "postgres", "", "create database " + name);
        return new Coordinates(embedded.getJdbcUrl("postgres", name), "postgres", "");
    }

    /**
     * The database must outlive every cached Spring test context: stopping it in a JVM shutdown
     * hook of its own races with the contexts' shutdown and leaves their pools waiting on a dead server.
     */
    private static void afterSpringContextsClosed(Runnable action) {
        SpringApplication.getShutdownHandlers().add(action);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: '" + sql + "' failed on " + url + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
