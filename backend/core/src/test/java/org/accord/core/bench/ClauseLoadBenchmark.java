package org.accord.core.bench;

import org.accord.api.coediting.ClauseEditEntry;
import org.accord.api.coediting.ClauseEditorSnapshot;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.coediting.WatchClauseEdits;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.CoreTestApplication;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.core.infrastructure.SnapshotConfiguration;
import org.accord.ot.TextOperation;
import org.accord.ot.TextOperationBuilder;
import org.accord.testing.FreshDatabaseInitializer;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Issue 4, item 2: "loading a clause with 100,000 revisions stays fast". Not a test (it does not
 * run in {@code ./mvnw verify}); {@code infra/bin/bench-clause-load} builds and runs it.
 *
 * <p>It boots the core ({@link CoreTestApplication}) on a fresh database ({@link
 * FreshDatabaseInitializer}: the machine's PostgreSQL when {@code CI} is set, embedded
 * PostgreSQL 17 otherwise), opens a negotiation with two member delegations and two clauses,
 * {@code long} and {@code short}, and types {@code --revisions} batches into {@code long} (one
 * {@link EditClause} each, the way one editing session sends them: {@code clientSeq} and
 * {@code baseRevision} increasing by one) and {@code --short-edits} into {@code short}, which
 * starts with a wording as long as {@code long} ends with ({@value #WORDING_CAP} code points) so
 * that the two clauses differ only in the length of their history. A second
 * negotiation with the same two clauses and only the short edits ({@code fresh}) is generated at
 * the same time on another thread: an aggregate with no long history to compare with.
 *
 * <p>Then, over {@code --warmup} unmeasured and {@code --runs} measured rounds, each round with
 * the aggregate cache emptied before every step (a cold aggregate): one {@code EditClause} on
 * {@code long} and on {@code short} (in turn first), on {@code fresh}'s short clause (the command's whole time:
 * loading the aggregate from its latest snapshot and the events after it, handling, the event
 * and the clause-log row committed), and the initial result of {@code WatchClauseEdits} on
 * {@code long} and {@code short} (the editor's snapshot: latest keyframe plus the operations
 * after it). Then the same edits with the aggregate cached (warm), for reference, and reading
 * the whole event stream of the negotiation with no snapshot ({@code readEvents(id, 0)}, every
 * payload deserialized): what loading would at least cost without snapshots.
 *
 * <p>Prints {@code name=value} lines on standard output; Spring's log and the progress go to
 * standard error. Exit status 0 when it ran (whether or not the target is met), 1 when a loaded
 * text differed from the text typed, 2 when it could not run.
 */
public final class ClauseLoadBenchmark {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final ArticleId LONG = ArticleId.of("long");
    static final ArticleId SHORT = ArticleId.of("short");

    /** What the typist types, over and over. */
    static final String PROSE = "The Parties shall cooperate in good faith to ensure that regional security is "
            + "indivisible, and no Party shall strengthen its own security at the expense of another. ";
    static final String LONG_START = "Each Party shall respect the sovereignty of the others. ";
    /** The length the typist keeps the long clause at once it gets there (code points). */
    static final int WORDING_CAP = 4_000;
    /**
     * The short clause starts as long as the long one ends, so that the two differ in the length
     * of their history only, not in the length of their wording.
     */
    static final String SHORT_START = ("This Charter enters into force on the thirtieth day after signature. "
            + PROSE.repeat(WORDING_CAP / PROSE.length() + 1)).substring(0, WORDING_CAP);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Cache cache;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final PrintStream out;

    ClauseLoadBenchmark(ConfigurableApplicationContext context, PrintStream out) {
        this.commands = context.getBean(CommandGateway.class);
        this.queries = context.getBean(QueryGateway.class);
        this.cache = context.getBean(SnapshotConfiguration.NEGOTIATION_CACHE, Cache.class);
        this.eventStore = context.getBean(EventStore.class);
        this.processing = context.getBean(EventProcessingConfiguration.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.out = out;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.of(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ClauseLoadBenchmark: " + e.getMessage());
            System.err.println("usage: ClauseLoadBenchmark [--revisions N] [--short-edits N] [--warmup N] [--runs N] [--replays N]");
            System.exit(2);
            return;
        }
        // name=value lines only on standard output: Spring logs to System.out, so it gets standard error
        PrintStream out = System.out;
        System.setOut(System.err);
        System.setProperty("axoniq.update-checker.disabled", "true"); // as in the tests (surefire)
        int status;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .initializers(new FreshDatabaseInitializer())
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.org.accord=WARN", "axoniq.update-checker.disabled=true")
                .run()) {
            status = new ClauseLoadBenchmark(context, out).run(settings);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 2;
        }
        out.flush();
        System.exit(status);
    }

    record Settings(int revisions, int shortEdits, int warmup, int runs, int replays) {

        static Settings of(String[] args) {
            int revisions = 100_000;
            int shortEdits = 10;
            int warmup = 50;
            int runs = 200;
            int replays = 5;
            for (int i = 0; i < args.length; i++) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                int value;
                try {
                    value = Integer.parseInt(args[i + 1].replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(args[i] + ": not a number: " + args[i + 1]);
                }
                switch (args[i++]) {
                    case "--revisions" -> revisions = value;
                    case "--short-edits" -> shortEdits = value;
                    case "--warmup" -> warmup = value;
                    case "--runs" -> runs = value;
                    case "--replays" -> replays = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
                }
            }
            if (revisions < 1 || shortEdits < 1 || warmup < 0 || runs < 1 || replays < 1) {
                throw new IllegalArgumentException("--revisions, --short-edits, --runs and --replays are at least 1");
            }
            return new Settings(revisions, shortEdits, warmup, runs, replays);
        }
    }

    int run(Settings settings) {
        out.println("revisions=" + settings.revisions());
        out.println("short_revisions=" + settings.shortEdits());
        out.println("database=" + jdbc.sql("select version()").query(String.class).single()
                .replaceAll(" on .*", "").replace(' ', '_'));
        out.println("synchronous_commit=" + setting("synchronous_commit"));
        out.println("fsync=" + setting("fsync"));
        out.println("runs=" + settings.warmup() + "+" + settings.runs());

        // --- the history ------------------------------------------------------------------------
        NegotiationId negotiation = open();
        NegotiationId fresh = open();
        Typist longTypist = new Typist(LONG, KAZ_DELEGATE, "kaz-tab", LONG_START, WORDING_CAP, 1);
        Typist shortTypist = new Typist(SHORT, UZB_DELEGATE, "uzb-tab", SHORT_START, WORDING_CAP, 2);
        Typist freshTypist = new Typist(SHORT, UZB_DELEGATE, "uzb-tab", SHORT_START, WORDING_CAP, 2);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < settings.shortEdits(); i++) {
                shortTypist.type(negotiation);
                freshTypist.type(fresh);
            }
        });
        long started = System.nanoTime();
        for (int i = 1; i <= settings.revisions(); i++) {
            longTypist.type(negotiation);
            if (i % 10_000 == 0) {
                System.err.printf(Locale.ROOT, "ClauseLoadBenchmark: %,d revisions, %.0f events/s%n", i,
                        i / seconds(System.nanoTime() - started));
            }
        }
        double generation = seconds(System.nanoTime() - started);
        other.join();
        out.printf(Locale.ROOT, "generate_seconds=%.1f%n", generation);
        out.printf(Locale.ROOT, "generate_events_per_s=%.0f%n", settings.revisions() / generation);
        out.println("long_length=" + longTypist.text.length());
        out.println("short_length=" + shortTypist.text.length());
        awaitProjections();
        out.println("events_in_stream=" + jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
                .param("id", negotiation.value()).query(Long.class).single());

        // --- cold loads -------------------------------------------------------------------------
        int rounds = settings.warmup() + settings.runs();
        long[] editLong = new long[rounds];
        long[] editShort = new long[rounds];
        long[] editFresh = new long[rounds];
        long[] editorLong = new long[rounds];
        long[] editorShort = new long[rounds];
        // long first in even rounds, short first in odd ones: the step right after an edit shares
        // the two cores with the projection handling that edit's event
        for (int round = 0; round < rounds; round++) {
            boolean longFirst = round % 2 == 0;
            if (longFirst) {
                editLong[round] = cold(() -> longTypist.type(negotiation));
            }
            editShort[round] = cold(() -> shortTypist.type(negotiation));
            if (!longFirst) {
                editLong[round] = cold(() -> longTypist.type(negotiation));
            }
            editFresh[round] = cold(() -> freshTypist.type(fresh));
            if (longFirst) {
                editorLong[round] = cold(() -> editorSnapshot(negotiation, longTypist));
            }
            editorShort[round] = cold(() -> editorSnapshot(negotiation, shortTypist));
            if (!longFirst) {
                editorLong[round] = cold(() -> editorSnapshot(negotiation, longTypist));
            }
        }
        // --- warm, for reference ----------------------------------------------------------------
        long[] warmLong = new long[rounds];
        long[] warmShort = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                warmLong[round] = timed(() -> longTypist.type(negotiation));
            }
            warmShort[round] = timed(() -> shortTypist.type(negotiation));
            if (round % 2 != 0) {
                warmLong[round] = timed(() -> longTypist.type(negotiation));
            }
        }
        // --- the whole stream without a snapshot, and with it ------------------------------------
        long[] replays = new long[settings.replays()];
        long[] fromSnapshot = new long[settings.replays()];
        long[] counted = new long[1];
        for (int i = 0; i < replays.length; i++) {
            replays[i] = timed(() -> counted[0] = consume(eventStore.readEvents(negotiation.value(), 0)));
            fromSnapshot[i] = timed(() -> consume(eventStore.readEvents(negotiation.value())));
        }

        percentiles("edit_cold_long", editLong, settings.warmup());
        percentiles("edit_cold_short", editShort, settings.warmup());
        percentiles("edit_cold_fresh", editFresh, settings.warmup());
        percentiles("editor_snapshot_long", editorLong, settings.warmup());
        percentiles("editor_snapshot_short", editorShort, settings.warmup());
        percentiles("edit_warm_long", warmLong, settings.warmup());
        percentiles("edit_warm_short", warmShort, settings.warmup());
        out.println("full_replay_events=" + counted[0]);
        out.printf(Locale.ROOT, "full_replay_ms=%.1f%n", millis(median(replays, 0)));
        out.printf(Locale.ROOT, "full_replay_min_ms=%.1f%n", millis(Arrays.stream(replays).min().orElseThrow()));
        out.printf(Locale.ROOT, "snapshot_and_tail_read_ms=%.3f%n", millis(median(fromSnapshot, 0)));
        out.println("snapshot_bytes=" + jdbc.sql("select coalesce(max(octet_length(payload)), 0) from snapshot_event_entry "
                + "where aggregate_identifier = :id").param("id", negotiation.value()).query(Long.class).single());
        out.println("snapshots_stored=" + jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = :id")
                .param("id", negotiation.value()).query(Long.class).single());

        double editRatio = ratio(editLong, editShort, settings.warmup());
        double editorRatio = ratio(editorLong, editorShort, settings.warmup());
        out.printf(Locale.ROOT, "ratio_edit_cold_long_to_short_p50=%.2f%n", editRatio);
        out.printf(Locale.ROOT, "ratio_edit_cold_long_to_fresh_p50=%.2f%n", ratio(editLong, editFresh, settings.warmup()));
        out.printf(Locale.ROOT, "ratio_editor_snapshot_long_to_short_p50=%.2f%n", editorRatio);
        out.printf(Locale.ROOT, "ratio_full_replay_to_edit_cold_long_p50=%.1f%n",
                millis(median(replays, 0)) / millis(median(editLong, settings.warmup())));
        out.println("target_met=" + (editRatio <= 2 && editorRatio <= 2));

        boolean same = loadedTextMatches(negotiation, longTypist) & loadedTextMatches(negotiation, shortTypist)
                & loadedTextMatches(fresh, freshTypist);
        out.println("texts_match=" + same);
        return same ? 0 : 1;
    }

    // --- the negotiation and the typing --------------------------------------------------------

    NegotiationId open() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AddArticle(id, LONG, "Security", LONG_START), CHAIR);
        send(new AddArticle(id, SHORT, "Entry into force", SHORT_START), CHAIR);
        // who takes part (WatchClauseEdits) is read from the projection, which follows the events
        Awaitility.await("the projection showing negotiation " + id).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> queries.query(new GenericMessage<>(new FindNegotiation(id), ActorMetaData.of(CHAIR)),
                                ResponseTypes.optionalInstanceOf(NegotiationView.class)).join()
                        .map(view -> view.delegations().size() == 2).orElse(false));
        return id;
    }

    /**
     * One editing session typing into one clause: mostly one character at the cursor, sometimes a
     * backspace (1 in 10) or a click elsewhere (1 in 50); once the wording is {@code cap} code
     * points long it types over the text (insert one, delete the next) so that it stays below
     * the 20,000 characters a clause may hold. Every batch is written on the latest revision.
     */
    final class Typist {

        final ArticleId clause;
        final Actor actor;
        final String clientId;
        final int cap;
        final Random random;
        String text;
        long clientSeq;
        long revision = 1;
        int cursor;
        int typed;

        Typist(ArticleId clause, Actor actor, String clientId, String start, int cap, long seed) {
            this.clause = clause;
            this.actor = actor;
            this.clientId = clientId;
            this.cap = cap;
            this.random = new Random(seed);
            this.text = start;
            this.cursor = start.length();
        }

        void type(NegotiationId negotiation) {
            int length = text.length(); // ASCII: code points are chars
            int roll = random.nextInt(100);
            if (roll < 2) {
                cursor = random.nextInt(length + 1);
            }
            TextOperationBuilder op = TextOperation.builder();
            if (roll >= 2 && roll < 12 && cursor > 0) {
                op.retain(cursor - 1).delete(1).retain(length - cursor);
                cursor--;
            } else {
                String character = String.valueOf(PROSE.charAt(typed++ % PROSE.length()));
                if (length < cap) {
                    op.retain(cursor).insert(character).retain(length - cursor);
                } else {
                    if (cursor == length) {
                        cursor = random.nextInt(length);
                    }
                    op.retain(cursor).insert(character).delete(1).retain(length - cursor - 1);
                }
                cursor++;
            }
            TextOperation operation = op.build();
            EditAcknowledgement ack = send(new EditClause(negotiation, clause, clientId, ++clientSeq, revision,
                    operation.toJson()), actor);
            if (ack.revision() != revision + 1 || ack.duplicate()) {
                throw new IllegalStateException("Batch " + clientSeq + " on " + clause + " got " + ack
                        + ", expected revision " + (revision + 1));
            }
            revision = ack.revision();
            text = operation.apply(text);
        }
    }

    // --- what is measured ----------------------------------------------------------------------

    void editorSnapshot(NegotiationId negotiation, Typist typist) {
        try (SubscriptionQueryResult<ClauseEditorSnapshot, ?> watch = queries.subscriptionQuery(
                new GenericMessage<>(new WatchClauseEdits(negotiation, typist.clause), ActorMetaData.of(typist.actor)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class),
                ResponseTypes.instanceOf(ClauseEditEntry.class))) {
            ClauseEditorSnapshot snapshot = watch.initialResult().block(Duration.ofSeconds(30));
            if (snapshot == null || snapshot.revision() != typist.revision) {
                throw new IllegalStateException("The editor's snapshot of " + typist.clause + " is at "
                        + (snapshot == null ? "nothing" : snapshot.revision()) + ", expected " + typist.revision);
            }
        }
    }

    boolean loadedTextMatches(NegotiationId negotiation, Typist typist) {
        ClauseEditorSnapshot snapshot = queries.query(
                new GenericMessage<>(new WatchClauseEdits(negotiation, typist.clause), ActorMetaData.of(typist.actor)),
                ResponseTypes.instanceOf(ClauseEditorSnapshot.class)).join();
        boolean same = snapshot.revision() == typist.revision && snapshot.text().equals(typist.text);
        if (!same) {
            System.err.println("ClauseLoadBenchmark: " + typist.clause + " of " + negotiation + " loads at revision "
                    + snapshot.revision() + " a text that differs from the one typed (revision " + typist.revision + ")");
        }
        return same;
    }

    static long consume(DomainEventStream stream) {
        long count = 0;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() != null) { // deserializes it, as sourcing an aggregate does
                count++;
            }
        }
        return count;
    }

    long cold(Runnable step) {
        cache.removeAll();
        return timed(step);
    }

    static long timed(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    // --- plumbing ------------------------------------------------------------------------------

    <R> R send(Object command, Actor actor) {
        return commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    String setting(String name) {
        return jdbc.sql("select current_setting('" + name + "')").query(String.class).single();
    }

    /** Waits until every streaming processor (the projection) has handled the last event, so that it does not compete with the measurements. */
    void awaitProjections() {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        long waited = System.nanoTime();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            LongSupplier behind = () -> processor.processingStatus().values().stream()
                    .mapToLong(status -> target - status.getCurrentPosition().orElse(-1)).max().orElse(target);
            Awaitility.await(processor.getName() + " catching up").atMost(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !processor.processingStatus().isEmpty() && behind.getAsLong() <= 0);
        }
        out.printf(Locale.ROOT, "projection_catch_up_wait_seconds=%.1f%n", seconds(System.nanoTime() - waited));
    }

    void percentiles(String name, long[] nanos, int skip) {
        long[] measured = Arrays.copyOfRange(nanos, skip, nanos.length);
        Arrays.sort(measured);
        out.printf(Locale.ROOT, "%s_p50_ms=%.3f%n", name, millis(at(measured, 0.50)));
        out.printf(Locale.ROOT, "%s_p95_ms=%.3f%n", name, millis(at(measured, 0.95)));
        out.printf(Locale.ROOT, "%s_max_ms=%.3f%n", name, millis(measured[measured.length - 1]));
    }

    static double ratio(long[] a, long[] b, int skip) {
        return (double) median(a, skip) / median(b, skip);
    }

    static long median(long[] nanos, int skip) {
        long[] measured = Arrays.copyOfRange(nanos, skip, nanos.length);
        Arrays.sort(measured);
        return at(measured, 0.50);
    }

    /** The nearest-rank percentile of sorted values. */
    static long at(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
