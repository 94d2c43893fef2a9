package org.accord.ot.server;

import java.util.Objects;

import org.accord.ot.Rope;
import org.accord.ot.TextOperation;

/** What {@link AuthoritativeDocument#submit} did with a submission, and what to tell the clients. */
public sealed interface SubmissionOutcome {

    /**
     * The submission was transformed past {@code concurrentOperations} operations accepted since
     * its base and applied as {@code operation}, producing {@code revision}. Its author is
     * acknowledged; every other client receives {@code operation} as the next revision.
     */
    record Applied(Submission submission, int revision, TextOperation operation, int concurrentOperations)
            implements SubmissionOutcome {
        public Applied {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(operation, "operation");
        }
    }

    /**
     * The client had already submitted {@code clientSeq}; nothing was applied. Everything the
     * client submitted up to {@code clientSeq} is part of the document by {@code revision}.
     */
    record AlreadyApplied(String clientId, long clientSeq, int revision) implements SubmissionOutcome {
    }

    /**
     * The submission's base revision is older than the oldest one the server still keeps the
     * history after ({@code oldestBase}); the client must reload {@code document} at
     * {@code revision} and redo its unsent work on it.
     */
    record ResyncRequired(int baseRevision, int oldestBase, int revision, Rope document) implements SubmissionOutcome {
        public ResyncRequired {
            Objects.requireNonNull(document, "document");
        }
    }
}
