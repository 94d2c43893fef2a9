package org.accord.tools.trace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code replay-trace [-v] FILE...}: replays each editing-traces file and prints one line per file,
 * {@code file=NAME txns=N patches=N seconds=S ops_per_s=R length=L sha256=HEX ok=true|false}.
 * {@code seconds} is the wall-clock time of the replay alone (not of reading the file) and
 * {@code ops_per_s} is patches per second of it; {@code length} counts code points and
 * {@code sha256} hashes the UTF-8 of the replayed text; {@code ok} says whether that text equals
 * the file's {@code endContent} (and, for a concurrent trace, every client converged on it).
 * {@code -v} adds, on standard error, how the replay went.
 *
 * <p>Exit status: 0 if every file replayed to its {@code endContent}; 1 if some text differed;
 * 2 if a file could not be replayed (missing, unreadable, malformed, a patch out of range, an
 * unsupported shape: one line on standard error saying which and why) or the usage was wrong;
 * 3 if the replay itself failed (a bug: the line says where, {@code -v} adds the stack trace).
 */
public final class ReplayTraceCommand {

    static final int OK = 0;
    static final int TEXT_DIFFERS = 1;
    static final int CANNOT_REPLAY = 2;
    static final int INTERNAL_ERROR = 3;

    private static final String USAGE = "usage: replay-trace [-v|--verbose] FILE...";

    private ReplayTraceCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = false;
        List<Path> files = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (options && (arg.equals("-h") || arg.equals("--help"))) {
                out.println(USAGE);
                return OK;
            } else if (options && (arg.equals("-v") || arg.equals("--verbose"))) {
                verbose = true;
            } else if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                err.println("replay-trace: unknown option " + arg + "; " + USAGE);
                return CANNOT_REPLAY;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return CANNOT_REPLAY;
        }
        int status = OK;
        for (Path file : files) {
            status = Math.max(status, replay(file, verbose, out, err));
        }
        return status;
    }

    private static int replay(Path file, boolean verbose, PrintStream out, PrintStream err) {
        try {
            EditingTrace trace = TraceReader.read(file);
            ReplayOutcome outcome = Replay.run(trace);
            boolean ok = outcome.converged() && outcome.text().toString().equals(trace.endContent());
            out.println(line(file, trace, outcome, ok));
            if (verbose) {
                err.println("replay-trace: " + file + ": " + outcome.details());
            }
            if (!outcome.converged()) {
                err.println("replay-trace: " + file + ": the clients did not converge on the server's text");
            }
            return ok ? OK : TEXT_DIFFERS;
        } catch (TraceFormatException bad) {
            err.println("replay-trace: " + file + ": " + bad.getMessage());
            return CANNOT_REPLAY;
        } catch (RuntimeException bug) {
            err.println("replay-trace: " + file + ": internal error: " + bug);
            if (verbose) {
                bug.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
    }

    static String line(Path file, EditingTrace trace, ReplayOutcome outcome, boolean ok) {
        double seconds = outcome.nanos() / 1e9;
        long patches = trace.patchCount();
        double opsPerSecond = outcome.nanos() == 0 ? 0 : patches / seconds;
        return String.format(Locale.ROOT, "file=%s txns=%d patches=%d seconds=%.4f ops_per_s=%.0f length=%d sha256=%s ok=%s",
                file.getFileName(), trace.transactions().size(), patches, seconds, opsPerSecond,
                outcome.text().length(), outcome.text().sha256Hex(), ok);
    }
}
