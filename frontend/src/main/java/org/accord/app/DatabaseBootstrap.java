package org.accord.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Chooses the database before Spring starts.
 * <ul>
 *     <li>{@code ACCORD_DB_URL} / {@code ACCORD_DB_USER} / {@code ACCORD_DB_PASSWORD}, or the usual
 *     {@code spring.datasource.*} settings (environment, system property or command-line argument):
 *     that server is used as it is.</li>
 *     <li>Otherwise the embedded default: a real PostgreSQL 17 whose data lives in
 *     {@code $ACCORD_HOME/pgdata} ({@code ~/.accord} by default), guarded by a lock so that a
 *     second instance on the same data refuses to start; the demo negotiation is created on
 *     first start.</li>
 * </ul>
 * Any reason not to start is printed as a single line and the process exits with status 1.
 */
public final class DatabaseBootstrap {

    /** Exclusive use of a data directory, held while the application runs. */
    record HomeLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } catch (IOException ignored) {
                // released by the operating system when the process ends anyway
            }
        }
    }

    private final EmbeddedPostgres embedded;
    private final HomeLock lock;

    private DatabaseBootstrap(EmbeddedPostgres embedded, HomeLock lock) {
        this.embedded = embedded;
        this.lock = lock;
    }

    public static DatabaseBootstrap prepare(String[] args) {
        try {
            return prepare(System.getenv(), args);
        } catch (StartupFailure failure) {
            System.err.println("accord: cannot start: " + failure.getMessage());
            System.exit(1);
            throw failure;
        }
    }

    static DatabaseBootstrap prepare(Map<String, String> env, String[] args) {
        if (env.get("ACCORD_DB_URL") != null) {
            System.setProperty("spring.datasource.url", env.get("ACCORD_DB_URL"));
            setIfPresent("spring.datasource.username", env.get("ACCORD_DB_USER"));
            setIfPresent("spring.datasource.password", env.get("ACCORD_DB_PASSWORD"));
            return new DatabaseBootstrap(null, null);
        }
        if (externalDatabaseConfigured(env, args)) {
            return new DatabaseBootstrap(null, null);
        }
        return startEmbedded(home(env));
    }

    /** Stops the embedded server, if any, and releases the data directory. */
    public synchronized void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (lock != null) {
                lock.close();
            }
        } catch (IOException ignored) {
            // stopping anyway
        }
    }

    static Path home(Map<String, String> env) {
        String configured = System.getProperty("accord.home", env.get("ACCORD_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".accord").toAbsolutePath();
    }

    static boolean externalDatabaseConfigured(Map<String, String> env, String[] args) {
        return env.get("SPRING_DATASOURCE_URL") != null
                || System.getProperty("spring.datasource.url") != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.datasource.url="));
    }

    static DatabaseBootstrap startEmbedded(Path home) {
        HomeLock lock = lockHome(home);
        Path data = home.resolve("pgdata");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(home.resolve("postgres-binaries").toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
            System.setProperty("accord.demo.enabled", "true");
            System.setProperty("accord.demo.accounts-file", home.resolve("demo-accounts.txt").toString());
            return new DatabaseBootstrap(postgres, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw new StartupFailure("the embedded PostgreSQL in " + data + " did not start (" + rootMessage(e)
                    + "); set ACCORD_DB_URL to use an external PostgreSQL, or ACCORD_HOME to use another directory");
        }
    }

    static HomeLock lockHome(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StartupFailure("data directory " + home + " cannot be created (" + rootMessage(e)
                    + "); set ACCORD_HOME to a writable directory");
        }
        if (!Files.isWritable(home)) {
            throw new StartupFailure("data directory " + home + " is not writable; set ACCORD_HOME to a writable directory");
        }
        try {
            FileChannel channel = FileChannel.open(home.resolve("accord.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw alreadyRunning(home);
                }
                return new HomeLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw alreadyRunning(home);
            }
        } catch (IOException e) {
            throw new StartupFailure("data directory " + home + " cannot be locked (" + rootMessage(e) + ")");
        }
    }

    private static StartupFailure alreadyRunning(Path home) {
        return new StartupFailure("another Accord is already running on data directory " + home
                + "; stop it first, or set ACCORD_HOME to another directory");
    }

    private static void setIfPresent(String property, String value) {
        if (value != null) {
            System.setProperty(property, value);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
    }
}
