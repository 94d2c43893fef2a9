package org.accord.ot.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accord.ot.InvalidOperationException;
import org.accord.ot.Priority;
import org.accord.ot.Rope;
import org.accord.ot.TextOperation;

/**
 * The server's copy of one co-edited text: the one order in which operations take effect. Revision
 * {@code r} is the text after the first {@code r} accepted operations (revision 0 is the initial
 * text). A submission made against revision {@code b} is transformed past the operations that
 * produced revisions {@code b+1 .. current}, each of which wins insert ties
 * ({@code transform(accepted, incoming, LEFT)}), then applied.
 *
 * <p>Only the last {@code keptOperations} operations are kept, so a submission based on an older
 * revision gets {@link SubmissionOutcome.ResyncRequired}. Each client's latest accepted
 * {@code clientSeq} is kept for good, so a resent submission is never applied twice.
 *
 * <p>Not thread-safe: the owner (an aggregate, a session actor) serialises submissions.
 */
public final class AuthoritativeDocument {

    private final HistoryWindow history;
    private final Map<String, LatestSubmission> latestByClient = new HashMap<>();
    private Rope document;

    private record LatestSubmission(long clientSeq, int revision) {
    }

    /** A document that keeps its whole history, so no base revision is ever too old. */
    public AuthoritativeDocument(Rope initialDocument) {
        this(initialDocument, 0, Integer.MAX_VALUE);
    }

    /**
     * @param initialRevision the revision {@code initialDocument} is at (non-zero when a session
     *                        restarts from a snapshot)
     * @param keptOperations  how many of the latest operations to keep for transforming late
     *                        submissions
     */
    public AuthoritativeDocument(Rope initialDocument, int initialRevision, int keptOperations) {
        this.document = Objects.requireNonNull(initialDocument, "initialDocument");
        if (keptOperations < 1) {
            throw new IllegalArgumentException("keptOperations must be positive but was " + keptOperations);
        }
        this.history = new HistoryWindow(initialRevision, keptOperations);
    }

    /**
     * Transforms, applies and records a submission, or says why it was not applied.
     *
     * @throws InvalidOperationException if the operation does not fit the document at its base
     *                                   revision, or the base revision is in the future
     */
    public SubmissionOutcome submit(Submission submission) {
        LatestSubmission latest = latestByClient.get(submission.clientId());
        if (latest != null && submission.clientSeq() <= latest.clientSeq()) {
            return new SubmissionOutcome.AlreadyApplied(submission.clientId(), submission.clientSeq(), latest.revision());
        }
        int base = submission.baseRevision();
        if (base > revision()) {
            throw new InvalidOperationException("base revision " + base + " is ahead of the document's revision " + revision());
        }
        if (base < history.oldestBase()) {
            return new SubmissionOutcome.ResyncRequired(base, history.oldestBase(), revision(), document);
        }
        TextOperation operation = transformPastHistory(submission.operation(), base);
        document = operation.apply(document);
        history.append(operation);
        latestByClient.put(submission.clientId(), new LatestSubmission(submission.clientSeq(), revision()));
        return new SubmissionOutcome.Applied(submission, revision(), operation, revision() - 1 - base);
    }

    private TextOperation transformPastHistory(TextOperation operation, int base) {
        return transformPast(operation, history.after(base));
    }

    /**
     * The server's one rule of transformation: {@code incoming}, written before the
     * {@code accepted} operations (oldest first), transformed past each of them, each accepted
     * one winning insert ties. Shared with every server that keeps its history elsewhere (the
     * negotiation aggregate keeps it in its event-sourced state).
     *
     * @throws InvalidOperationException if an operation does not fit the text it claims as its base
     */
    public static TextOperation transformPast(TextOperation incoming, List<TextOperation> accepted) {
        TextOperation transformed = incoming;
        for (TextOperation operation : accepted) {
            transformed = TextOperation.transform(operation, transformed, Priority.LEFT).bPrime();
        }
        return transformed;
    }

    public int revision() {
        return history.revision();
    }

    public Rope document() {
        return document;
    }

    /** The oldest base revision a submission may still have. */
    public int oldestBase() {
        return history.oldestBase();
    }

    /**
     * The operations that turn revision {@code since} into the current one, for a client catching
     * up after a reconnect.
     *
     * @throws IllegalArgumentException if {@code since} is outside the kept window
     */
    public List<TextOperation> operationsSince(int since) {
        if (since < history.oldestBase() || since > revision()) {
            throw new IllegalArgumentException("revision " + since + " is outside the kept history ["
                    + history.oldestBase() + ", " + revision() + "]");
        }
        return List.copyOf(history.after(since));
    }
}
