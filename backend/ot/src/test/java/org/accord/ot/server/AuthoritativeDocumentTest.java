package org.accord.ot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.ot.InvalidOperationException;
import org.accord.ot.Rope;
import org.accord.ot.TextOperation;
import org.junit.jupiter.api.Test;

class AuthoritativeDocumentTest {

    private final AuthoritativeDocument server = new AuthoritativeDocument(Rope.of("ab😀"));

    @Test
    void submissionAtTheCurrentRevisionIsAppliedAsIs() {
        TextOperation insert = TextOperation.fromJson("[3, \"c\"]");

        SubmissionOutcome outcome = server.submit(new Submission("alice", 1, 0, insert));

        assertThat(outcome).isEqualTo(new SubmissionOutcome.Applied(new Submission("alice", 1, 0, insert), 1, insert, 0));
        assertThat(server.document()).hasToString("ab😀c");
        assertThat(server.revision()).isEqualTo(1);
    }

    @Test
    void submissionOnAnOlderRevisionIsTransformedPastWhatWasAcceptedSince() {
        server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[\"X\", 3]")));
        server.submit(new Submission("alice", 2, 1, TextOperation.fromJson("[1, -1, 2]")));

        SubmissionOutcome outcome = server.submit(new Submission("bob", 1, 0, TextOperation.fromJson("[2, \"Y\", 1]")));

        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.Applied.class, applied -> {
            assertThat(applied.revision()).isEqualTo(3);
            assertThat(applied.concurrentOperations()).isEqualTo(2);
            assertThat(applied.operation()).isEqualTo(TextOperation.fromJson("[2, \"Y\", 1]"));
        });
        assertThat(server.document()).hasToString("XbY😀");
    }

    @Test
    void theOperationAlreadyInTheHistoryWinsAnInsertTie() {
        server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[1, \"A\", 2]")));

        server.submit(new Submission("bob", 1, 0, TextOperation.fromJson("[1, \"B\", 2]")));

        assertThat(server.document()).hasToString("aABb😀");
    }

    @Test
    void aRepeatedSubmissionIsAcknowledgedAgainAndNotAppliedTwice() {
        Submission submission = new Submission("alice", 1, 0, TextOperation.fromJson("[\"X\", 3]"));
        server.submit(submission);
        server.submit(new Submission("bob", 1, 1, TextOperation.fromJson("[4, \"Y\"]")));

        SubmissionOutcome again = server.submit(submission);

        assertThat(again).isEqualTo(new SubmissionOutcome.AlreadyApplied("alice", 1, 1));
        assertThat(server.document()).hasToString("Xab😀Y");
        assertThat(server.revision()).isEqualTo(2);
    }

    @Test
    void aSubmissionOlderThanTheClientsLatestIsAcknowledgedByTheLatestsRevision() {
        server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[\"X\", 3]")));
        server.submit(new Submission("alice", 2, 1, TextOperation.fromJson("[\"Y\", 4]")));

        assertThat(server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[\"X\", 3]"))))
                .isEqualTo(new SubmissionOutcome.AlreadyApplied("alice", 1, 2));
        assertThat(server.document()).hasToString("YXab😀");
    }

    @Test
    void aBaseOlderThanTheKeptWindowGetsAnExplicitResync() {
        AuthoritativeDocument small = new AuthoritativeDocument(Rope.of("ab"), 0, 2);
        for (int seq = 1; seq <= 5; seq++) {
            small.submit(new Submission("alice", seq, seq - 1, TextOperation.builder().insert("x").retain(seq + 1).build()));
        }

        SubmissionOutcome outcome = small.submit(new Submission("bob", 1, 2, TextOperation.fromJson("[\"late\", 2]")));

        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.ResyncRequired.class, resync -> {
            assertThat(resync.baseRevision()).isEqualTo(2);
            assertThat(resync.oldestBase()).isEqualTo(3);
            assertThat(resync.revision()).isEqualTo(5);
            assertThat(resync.document()).hasToString("xxxxxab");
        });
        assertThat(small.revision()).isEqualTo(5);
        assertThat(small.submit(new Submission("bob", 1, 3, TextOperation.fromJson("[\"ok\", 5]"))))
                .isInstanceOf(SubmissionOutcome.Applied.class);
        assertThat(small.document()).hasToString("xxokxxxab");
    }

    @Test
    void operationsSinceARevisionCatchAClientUp() {
        server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[\"X\", 3]")));
        server.submit(new Submission("bob", 1, 1, TextOperation.fromJson("[4, \"Y\"]")));

        assertThat(server.operationsSince(1)).containsExactly(TextOperation.fromJson("[4, \"Y\"]"));
        assertThat(server.operationsSince(2)).isEmpty();
        assertThatThrownBy(() -> server.operationsSince(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBaseRevisionInTheFutureOrAnOperationThatDoesNotFitIsRejected() {
        assertThatThrownBy(() -> server.submit(new Submission("alice", 1, 1, TextOperation.fromJson("[3]"))))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("ahead");
        assertThatThrownBy(() -> server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[4]"))))
                .isInstanceOf(InvalidOperationException.class);
        assertThat(server.revision()).isZero();
        assertThat(server.submit(new Submission("alice", 1, 0, TextOperation.fromJson("[3, \"!\"]"))))
                .isInstanceOf(SubmissionOutcome.Applied.class);
    }
}
