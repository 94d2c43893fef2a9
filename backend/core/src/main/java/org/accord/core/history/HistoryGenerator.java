package org.accord.core.history;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.coediting.EditClause;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.accord.ot.TextOperation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;

/**
 * Generates a negotiation of about N events for tests and benchmarks ({@code infra/bin/generate-history}),
 * by sending the <b>real commands</b> as the people would, through the command bus with its
 * interceptors, policies and handlers, so that every stored event is exactly what the application
 * produces. Group commit (as ADR 0020): up to {@code group} commands share one unit of work and one
 * database transaction, and the aggregate instance is loaded once per group.
 * <p>
 * The mix, seeded, per step: 95 % co-editing batches (a word typed or a few characters deleted, by
 * the delegates of five delegations and the chair, on twelve articles of at most 1,000 characters);
 * 3 % positions of every kind on the current revision; 0.7 % comments and replies; 0.3 % amendments
 * tabled and then incorporated, rejected or withdrawn (a tenth left pending, which later edits
 * rebase or put in need of revision, and which are rejected later); 0.1 % a silence procedure,
 * broken by an objection 200 to 2,200 steps later; an issued text every 50,000 steps.
 */
@Component
public class HistoryGenerator {

    /** What a generation produced. */
    public record Generated(NegotiationId id, long events, long commands, Duration took) {
    }

    private static final String[] CODES = {"KAZ", "KGZ", "TJK", "TKM", "UZB"};
    private static final String[] NAMES = {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"};
    private static final String[] WORDS = {" security", " cooperation", " the Parties", " shall", " regional",
            " mutual", " sovereignty", " water", " borders", " dialogue", " confidence", " measures", " and",
            " in accordance with", " international law", " consultations", " without prejudice"};
    private static final PositionKind[] KINDS = PositionKind.values();
    private static final int MAX_WORDING = 1_000;

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final EventStore eventStore;
    private final Clock clock;

    HistoryGenerator(CommandGateway commands, TransactionManager transactions, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Generates a new negotiation {@code id} of at least {@code events} events (the last command may add a few). */
    public Generated generate(NegotiationId id, long events, long seed, int group) {
        long started = System.nanoTime();
        Run run = new Run(id, new Random(seed));
        List<Runnable> pending = new ArrayList<>();
        run.open(pending);
        flush(pending);
        long commandsSent = run.commands;
        while (stored(id) < events) {
            long left = events - stored(id);
            int n = (int) Math.max(1, Math.min(group, left));
            for (int i = 0; i < n; i++) {
                run.next(pending);
            }
            flush(pending);
        }
        commandsSent = run.commands;
        return new Generated(id, stored(id), commandsSent, Duration.ofNanos(System.nanoTime() - started));
    }

    private long stored(NegotiationId id) {
        return eventStore.lastSequenceNumberFor(id.value()).map(last -> last + 1).orElse(0L);
    }

    /** Sends the pending commands in one unit of work and transaction; a refusal is a bug of the generator. */
    private void flush(List<Runnable> pending) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            unit.attachTransaction(transactions);
            pending.forEach(Runnable::run);
            unit.commit();
        } catch (RuntimeException failure) {
            if (unit.isActive()) {
                unit.rollback(failure);
            }
            throw new IllegalStateException("The generator sent a command the negotiation refused", failure);
        } finally {
            pending.clear();
        }
    }

    /** The generator's knowledge of the negotiation: enough to send only commands that are accepted. */
    private final class Run {

        private final NegotiationId id;
        private final Random random;
        private final Actor chair = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);
        private final List<Actor> heads = new ArrayList<>();
        private final List<Actor> delegates = new ArrayList<>();
        private final List<ArticleId> articles = new ArrayList<>();
        private final Map<ArticleId, String> wording = new HashMap<>();
        private final Map<ArticleId, Long> revision = new HashMap<>();
        private final Map<String, Long> clientSeq = new HashMap<>();
        private final List<AmendmentId> open = new ArrayList<>();
        private long commands;
        private int amendments;
        private int comments;
        private int milestones;
        private int silences;
        private ArticleId silenced;
        private int silenceLeft;
        private long sinceMilestone;

        Run(NegotiationId id, Random random) {
            this.id = id;
            this.random = random;
        }

        void open(List<Runnable> pending) {
            send(pending, new OpenNegotiation(id, "Generated charter " + id.value(), null), chair);
            for (int i = 0; i < CODES.length; i++) {
                DelegationCode code = DelegationCode.of(CODES[i]);
                String head = "Head of " + NAMES[i];
                String delegate = "Delegate of " + NAMES[i];
                send(pending, new AccreditMember(id, code, NAMES[i], head, List.of(delegate)), chair);
                heads.add(new Actor(CODES[i].toLowerCase() + ".head", head, Role.HEAD_OF_DELEGATION, code));
                delegates.add(new Actor(CODES[i].toLowerCase() + ".delegate", delegate, Role.DELEGATE, code));
            }
            for (int i = 1; i <= 12; i++) {
                ArticleId article = ArticleId.of("gen-art-" + i);
                String text = "The Parties shall cooperate on matter " + i + " in good faith.";
                send(pending, new AddArticle(id, article, "Article on matter " + i, text), chair);
                articles.add(article);
                wording.put(article, text);
                revision.put(article, 1L);
            }
        }

        void next(List<Runnable> pending) {
            sinceMilestone++;
            if (silenced != null && --silenceLeft <= 0) {
                // an objection by a member breaks the silence before its expiry
                Actor head = heads.get(random.nextInt(heads.size()));
                send(pending, new DeclarePosition(id, silenced, head.delegation(), revision.get(silenced),
                        PositionKind.OBJECTION, "Cannot join consensus on this wording"), head);
                silenced = null;
                return;
            }
            if (sinceMilestone >= 50_000) {
                sinceMilestone = 0;
                milestones++;
                send(pending, new IssueMilestone(id, milestones % 2 == 0 ? MilestoneKind.CHAIRS_TEXT
                        : MilestoneKind.COMPILATION_TEXT, "GEN/" + id.value().replaceAll("[^A-Za-z0-9]", "")
                        + "/L." + milestones), chair);
                return;
            }
            int dice = random.nextInt(1000);
            ArticleId article = articleNotSilenced();
            if (dice < 950) {
                edit(pending, article);
            } else if (dice < 980) {
                Actor head = heads.get(random.nextInt(heads.size()));
                PositionKind kind = KINDS[random.nextInt(KINDS.length)];
                send(pending, new DeclarePosition(id, article, head.delegation(), revision.get(article), kind,
                        kind == PositionKind.ENDORSE ? "" : "Our capital needs to consider the wording"), head);
            } else if (dice < 987) {
                Actor author = random.nextBoolean() ? delegates.get(random.nextInt(delegates.size())) : chair;
                CommentId comment = CommentId.of("gen-comment-" + (++comments));
                CommentId reply = comments > 1 && random.nextInt(3) == 0
                        ? CommentId.of("gen-comment-" + (1 + random.nextInt(comments - 1))) : null;
                send(pending, new CommentOnClause(id, article, comment, reply,
                        "Comment " + comments + " on the wording of " + article.value()), author);
            } else if (dice < 990) {
                amend(pending, article);
            } else if (silenced == null && dice < 991) {
                silenced = article;
                silenceLeft = 200 + random.nextInt(2_000);
                send(pending, new OpenSilenceProcedure(id, SilenceId.of("gen-silence-" + (++silences)),
                        List.of(article), clock.instant().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.HOURS)),
                        chair);
            } else {
                edit(pending, article);
            }
        }

        private ArticleId articleNotSilenced() {
            while (true) {
                ArticleId article = articles.get(random.nextInt(articles.size()));
                if (!article.equals(silenced)) {
                    return article;
                }
            }
        }

        private void edit(List<Runnable> pending, ArticleId article) {
            String text = wording.get(article);
            int length = text.length();
            Actor author = random.nextInt(10) == 0 ? chair : delegates.get(random.nextInt(delegates.size()));
            TextOperation operation;
            String json;
            if (length > 20 && (length > MAX_WORDING || random.nextInt(4) == 0)) {
                int deleted = 1 + random.nextInt(Math.min(8, length - 1));
                int at = random.nextInt(length - deleted + 1);
                json = "[" + (at > 0 ? at + "," : "") + (-deleted) + (length - at - deleted > 0 ? "," + (length - at - deleted) : "") + "]";
            } else {
                int at = random.nextInt(length + 1);
                String word = WORDS[random.nextInt(WORDS.length)];
                json = "[" + (at > 0 ? at + "," : "") + "\"" + word + "\"" + (length - at > 0 ? "," + (length - at) : "") + "]";
            }
            operation = TextOperation.fromJson(json);
            String client = "gen-" + author.username().replace('.', '-');
            long seq = clientSeq.merge(client, 1L, Long::sum);
            long base = revision.get(article);
            send(pending, new EditClause(id, article, client, seq, base, json), author);
            wording.put(article, operation.apply(text));
            revision.put(article, base + 1);
        }

        private void amend(List<Runnable> pending, ArticleId article) {
            if (!open.isEmpty() && random.nextInt(4) == 0) {
                // an amendment left pending earlier is decided later: rejected (it may have been rebased meanwhile)
                AmendmentId old = open.remove(random.nextInt(open.size()));
                send(pending, new RejectAmendment(id, old, "Not retained after consultations"), chair);
                return;
            }
            String text = wording.get(article);
            int from = random.nextInt(Math.max(1, text.length() - 10));
            int to = Math.min(text.length(), from + 1 + random.nextInt(10));
            String replacement = WORDS[random.nextInt(WORDS.length)].trim();
            AmendmentId amendment = AmendmentId.of("gen-amendment-" + (++amendments));
            Actor proposer = heads.get(random.nextInt(heads.size()));
            long base = revision.get(article);
            send(pending, new TableAmendment(id, amendment, article, base, AmendmentKind.SUBSTITUTION, from, to,
                    replacement, null, "Clearer wording"), proposer);
            int decision = random.nextInt(10);
            if (decision < 4) {
                send(pending, new IncorporateAmendment(id, amendment), chair);
                wording.put(article, text.substring(0, from) + replacement + text.substring(to));
                revision.put(article, base + 1);
            } else if (decision < 7) {
                send(pending, new RejectAmendment(id, amendment, "No support in the room"), chair);
            } else if (decision < 9) {
                send(pending, new WithdrawAmendment(id, amendment), proposer);
            } else {
                open.add(amendment);
            }
        }

        private void send(List<Runnable> pending, Object command, Actor actor) {
            commands++;
            pending.add(() -> {
                try {
                    HistoryGenerator.this.commands.send(command, ActorMetaData.of(actor)).join();
                } catch (CompletionException e) {
                    throw new IllegalStateException("Refused: " + command + " by " + actor.username(),
                            e.getCause() == null ? e : e.getCause());
                }
            });
        }
    }
}
