package org.accord.tools.history;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code infra/bin/history export|import|verify}: a negotiation's history as JSON Lines, into an
 * empty installation, and whether two installations (or an installation and an export, or two
 * exports) hold the same history. Prints {@code name=value} lines. Exit status: 0 done / identical,
 * 1 different, 2 bad usage or input.
 * <pre>
 * export --db URL [--user U] [--password P] --negotiation ID --out FILE
 * import --db URL [--user U] [--password P] --in FILE
 * verify --negotiation ID (--db URL | --file FILE) (--other-db URL | --other-file FILE)
 *        [--user U --password P --other-user U --other-password P]
 * </pre>
 * The password may also come from {@code PGPASSWORD}.
 */
public final class HistoryTool {

    private HistoryTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: history export|import|verify [options] (see infra/README.md)");
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("history: expected --name value, got " + args[i]);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        try {
            return switch (args[0]) {
                case "export" -> export(options, out);
                case "import" -> importFile(options, out);
                case "verify" -> verify(options, out);
                default -> {
                    err.println("history: unknown command " + args[0]);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | IllegalStateException | SQLException | IOException e) {
            err.println("history: " + e.getMessage());
            return 2;
        }
    }

    private static int export(Map<String, String> o, PrintStream out) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection db = connect(o, ""); BufferedWriter file = Files.newBufferedWriter(Path.of(need(o, "out")),
                StandardCharsets.UTF_8)) {
            HistoryArchive.Digests digests = HistoryArchive.export(db, need(o, "negotiation"), file);
            out.println("events=" + digests.size());
            out.println("digest=" + digests.last());
            out.println("seconds=" + seconds(started));
        }
        return 0;
    }

    private static int importFile(Map<String, String> o, PrintStream out) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection db = connect(o, ""); BufferedReader file = Files.newBufferedReader(Path.of(need(o, "in")),
                StandardCharsets.UTF_8)) {
            out.println("events=" + HistoryArchive.importInto(db, file));
            out.println("seconds=" + seconds(started));
        }
        return 0;
    }

    private static int verify(Map<String, String> o, PrintStream out) throws SQLException, IOException {
        HistoryArchive.Digests one = digests(o, "", out);
        HistoryArchive.Digests other = digests(o, "other-", out);
        HistoryArchive.Comparison comparison = HistoryArchive.compare(one, other);
        out.println("identical=" + comparison.identical());
        out.println("events=" + comparison.events());
        out.println("other_events=" + comparison.otherEvents());
        out.println("digest=" + comparison.digest());
        out.println("other_digest=" + comparison.otherDigest());
        if (comparison.firstDifference() != null) {
            out.println("first_difference=" + comparison.firstDifference());
        }
        return comparison.identical() ? 0 : 1;
    }

    /**
     * A file's digests are recomputed from its content, so that an altered event is reported as a
     * difference at its sequence; whether the digests it carries still match is printed as
     * {@code file_intact} / {@code other_file_intact}.
     */
    private static HistoryArchive.Digests digests(Map<String, String> o, String prefix, PrintStream out)
            throws SQLException, IOException {
        if (o.containsKey(prefix + "file")) {
            Path path = Path.of(o.get(prefix + "file"));
            boolean intact = true;
            try (BufferedReader file = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                HistoryArchive.digests(file);
            } catch (IllegalArgumentException altered) {
                intact = false;
                out.println(prefix.replace('-', '_') + "file_problem=" + altered.getMessage());
            }
            out.println(prefix.replace('-', '_') + "file_intact=" + intact);
            try (BufferedReader file = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return HistoryArchive.contentDigests(file);
            }
        }
        try (Connection db = connect(o, prefix)) {
            return HistoryArchive.digests(db, need(o, "negotiation"));
        }
    }

    private static Connection connect(Map<String, String> o, String prefix) throws SQLException {
        String url = need(o, prefix + "db");
        String user = o.getOrDefault(prefix + "user", System.getenv().getOrDefault("PGUSER", "postgres"));
        String password = o.getOrDefault(prefix + "password", System.getenv().getOrDefault("PGPASSWORD", ""));
        return DriverManager.getConnection(url, user, password);
    }

    private static String need(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String seconds(long started) {
        return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e9);
    }
}
