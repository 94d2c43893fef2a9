package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;

/**
 * End-to-end convergence: a server and several clients exchange operations over FIFO channels
 * with random latency (random interleaving of local edits, uplink deliveries and downlink
 * deliveries). Once everything is delivered, every client must hold the server's document.
 */
class SessionSimulationTest {

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void randomSessionsConverge(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int clientCount,
                                @ForAll @IntRange(min = 20, max = 150) int steps) {
        Random random = new Random(seed);
        Session session = new Session(OtArbitraries.randomText(random, random.nextInt(12)), clientCount);

        for (int step = 0; step < steps; step++) {
            session.randomStep(random);
        }
        session.deliverEverything();

        for (SimulatedClient client : session.clients) {
            assertThat(client.document()).isEqualTo(session.server.document());
            assertThat(client.isSynchronized()).isTrue();
            assertThat(client.revision()).isEqualTo(session.server.revision());
        }
        // Guard against a simulation that silently stops exercising transformation.
        Statistics.label("concurrent").collect(session.server.concurrentTransforms() > 0);
        Statistics.label("concurrent").coverage(coverage -> coverage.check(true).percentage(p -> p > 60));
    }

    private record Submission(int baseRevision, TextOperation operation) {
    }

    private record Broadcast(int author, TextOperation operation) {
    }

    private static final class Session {

        final SimulatedServer server;
        final List<SimulatedClient> clients = new ArrayList<>();
        final List<Queue<Submission>> uplinks = new ArrayList<>();
        final List<Queue<Broadcast>> downlinks = new ArrayList<>();

        Session(String initialDocument, int clientCount) {
            server = new SimulatedServer(initialDocument);
            for (int i = 0; i < clientCount; i++) {
                Queue<Submission> uplink = new ArrayDeque<>();
                uplinks.add(uplink);
                downlinks.add(new ArrayDeque<>());
                clients.add(new SimulatedClient(initialDocument,
                        (revision, operation) -> uplink.add(new Submission(revision, operation))));
            }
        }

        void randomStep(Random random) {
            int client = random.nextInt(clients.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    SimulatedClient editor = clients.get(client);
                    int length = editor.document().codePointCount(0, editor.document().length());
                    editor.editLocally(OtArbitraries.randomOperation(random, length));
                }
                case 1 -> deliverToServer(client);
                default -> deliverToClient(client);
            }
        }

        void deliverEverything() {
            boolean delivered = true;
            while (delivered) {
                delivered = false;
                for (int i = 0; i < clients.size(); i++) {
                    delivered |= deliverToServer(i);
                    delivered |= deliverToClient(i);
                }
            }
        }

        private boolean deliverToServer(int client) {
            Submission submission = uplinks.get(client).poll();
            if (submission == null) {
                return false;
            }
            TextOperation accepted = server.receive(client, submission.baseRevision(), submission.operation());
            downlinks.forEach(downlink -> downlink.add(new Broadcast(client, accepted)));
            return true;
        }

        private boolean deliverToClient(int client) {
            Broadcast broadcast = downlinks.get(client).poll();
            if (broadcast == null) {
                return false;
            }
            if (broadcast.author() == client) {
                clients.get(client).receiveAck();
            } else {
                clients.get(client).receiveRemote(broadcast.operation());
            }
            return true;
        }
    }
}
