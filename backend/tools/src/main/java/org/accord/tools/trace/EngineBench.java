package org.accord.tools.trace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * {@code EngineBench [--warmup N] [--runs N] FILE...}: the engine half of
 * {@code infra/bin/bench-coediting}. For each sequential trace it replays every patch as one
 * {@link org.accord.ot.TextOperation} on a {@link org.accord.ot.Rope}, from the start text, exactly
 * as {@code replay-trace} does ({@link SequentialReplay}): first {@code --warmup} runs that are not
 * measured, then {@code --runs} measured runs. Every run, warm-up included, must end in the
 * trace's {@code endContent}. Prints, for a file {@code automerge-paper.json.gz},
 * {@code accord_automerge_paper_seconds=S} (the best measured run) on standard output, and every
 * measured time on standard error.
 *
 * <p>Exit status: 0 all texts matched; 1 a text differed; 2 a file could not be read or is not
 * sequential, or the usage was wrong.
 */
public final class EngineBench {

    private static final String USAGE = "usage: EngineBench [--warmup N] [--runs N] FILE...";

    private EngineBench() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int warmup = 3;
        int runs = 5;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--warmup" -> warmup = count(args, ++i, 0);
                    case "--runs" -> runs = count(args, ++i, 1);
                    default -> files.add(Path.of(args[i]));
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("EngineBench: " + wrong.getMessage() + "; " + USAGE);
            return 2;
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path file : files) {
            int status = bench(file, warmup, runs, out, err);
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }

    private static int bench(Path file, int warmup, int runs, PrintStream out, PrintStream err) {
        EditingTrace trace;
        try {
            trace = TraceReader.read(file);
        } catch (TraceFormatException bad) {
            err.println("EngineBench: " + file + ": " + bad.getMessage());
            return 2;
        }
        if (trace.kind() != EditingTrace.Kind.SEQUENTIAL) {
            err.println("EngineBench: " + file + ": only sequential traces can be benchmarked");
            return 2;
        }
        String name = figureName(file);
        long best = Long.MAX_VALUE;
        StringJoiner measured = new StringJoiner(" ");
        for (int run = 0; run < warmup + runs; run++) {
            ReplayOutcome outcome = SequentialReplay.run(trace);
            if (!outcome.text().toString().equals(trace.endContent())) {
                err.println("EngineBench: " + file + ": run " + (run + 1) + " did not end in endContent");
                return 1;
            }
            if (run >= warmup) {
                best = Math.min(best, outcome.nanos());
                measured.add(seconds(outcome.nanos()));
            }
        }
        err.println("EngineBench: " + name + ": " + warmup + " warm-up runs, then " + runs + " measured (s): " + measured);
        out.println("accord_" + name + "_seconds=" + seconds(best));
        return 0;
    }

    /** {@code automerge-paper.json.gz} becomes {@code automerge_paper}. */
    static String figureName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.json(\\.gz)?$", "");
        return base.replaceAll("[^A-Za-z0-9]+", "_");
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.4f", nanos / 1e9);
    }

    private static int count(String[] args, int index, int minimum) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a number");
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(args[index - 1] + " must be a whole number of at least " + minimum);
    }
}
