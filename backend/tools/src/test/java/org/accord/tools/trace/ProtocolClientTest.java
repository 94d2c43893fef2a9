package org.accord.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.ot.Rope;
import org.accord.ot.TextOperation;
import org.accord.ot.server.Submission;
import org.junit.jupiter.api.Test;

class ProtocolClientTest {

    private final ProtocolClient client = new ProtocolClient("alice", Rope.of("ab"), 0);

    @Test
    void oneBatchInFlightLaterEditsComposedIntoTheBufferAndSentOnTheAcknowledgement() {
        ProtocolClient.Outgoing first = client.edit(TextOperation.fromJson("[\"1\", 2]"));
        ProtocolClient.Outgoing second = client.edit(TextOperation.fromJson("[3, \"2\"]"));
        ProtocolClient.Outgoing third = client.edit(TextOperation.fromJson("[4, \"3\"]"));

        assertThat(first).isEqualTo(new ProtocolClient.Outgoing(new Submission("alice", 1, 0, TextOperation.fromJson("[\"1\", 2]")), 1));
        assertThat(second).isNull();
        assertThat(third).isNull();
        assertThat(client.acknowledged(1))
                .isEqualTo(new ProtocolClient.Outgoing(new Submission("alice", 2, 1, TextOperation.fromJson("[3, \"23\"]")), 2));
        assertThat(client.acknowledged(2)).isNull();
        assertThat(client.isSynchronized()).isTrue();
        assertThat(client.document()).hasToString("1ab23");
    }

    @Test
    void aRemoteOperationIsTransformedPastTheInFlightAndBufferedEditsAndWinsTies() {
        client.edit(TextOperation.fromJson("[1, \"x\", 1]"));
        client.edit(TextOperation.fromJson("[3, \"y\"]"));

        TextOperation applied = client.receive(1, TextOperation.fromJson("[1, \"R\", 1]"));
        ProtocolClient.Outgoing buffer = client.acknowledged(2);

        assertThat(applied).isEqualTo(TextOperation.fromJson("[1, \"R\", 3]"));
        assertThat(client.document()).hasToString("aRxby");
        assertThat(buffer.submission().baseRevision()).isEqualTo(2);
        assertThat(buffer.submission().operation()).isEqualTo(TextOperation.fromJson("[4, \"y\"]"));
    }

    @Test
    void messagesMustArriveInRevisionOrder() {
        assertThatThrownBy(() -> client.receive(2, TextOperation.fromJson("[2]"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.acknowledged(1)).isInstanceOf(IllegalStateException.class);
    }
}
