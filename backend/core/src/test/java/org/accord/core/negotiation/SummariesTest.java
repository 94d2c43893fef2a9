package org.accord.core.negotiation;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.negotiation.NegotiationStatus;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A line of the negotiations list takes its figures from the view its viewer may see. */
class SummariesTest {

    static final NegotiationId ID = NegotiationId.of("charter");
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final NegotiationReadModel.Listing LISTING =
            new NegotiationReadModel.Listing(ID, "Charter", "Secretariat", 5, 2);

    static NegotiationView view(List<SilenceView> silences, AdoptionView adoption) {
        return new NegotiationView(ID, "Charter", "chair", "Secretariat", DecisionRule.UNANIMITY, Confidentiality.LIVE,
                List.of(), List.of(), List.of(), List.of(), silences, List.of(), adoption, 0.4, NOW);
    }

    static SilenceView silence(SilenceView.State state) {
        return new SilenceView(SilenceId.random(), List.of(), NOW.plusSeconds(3600), state, "Secretariat",
                null, null, null, List.of());
    }

    @Test
    void the_figures_are_those_of_the_shown_view() {
        NegotiationSummary summary = Summaries.of(LISTING, view(List.of(), null));

        assertThat(summary.title()).isEqualTo("Charter");
        assertThat(summary.members()).isEqualTo(5);
        assertThat(summary.observers()).isEqualTo(2);
        assertThat(summary.decisionRule()).isEqualTo(DecisionRule.UNANIMITY);
        assertThat(summary.shareAgreed()).isEqualTo(0.4);
        assertThat(summary.openSilences()).isZero();
        assertThat(summary.lastActivity()).isEqualTo(NOW);
        assertThat(summary.status()).isEqualTo(NegotiationStatus.NEGOTIATING);
    }

    @Test
    void only_open_silence_procedures_count_and_put_the_negotiation_under_silence() {
        NegotiationSummary summary = Summaries.of(LISTING, view(List.of(silence(SilenceView.State.OPEN),
                silence(SilenceView.State.BROKEN), silence(SilenceView.State.OPEN)), null));

        assertThat(summary.openSilences()).isEqualTo(2);
        assertThat(summary.status()).isEqualTo(NegotiationStatus.UNDER_SILENCE);
    }

    @Test
    void an_adopted_charter_is_adopted_whatever_else() {
        NegotiationSummary summary = Summaries.of(LISTING, view(List.of(silence(SilenceView.State.HELD)),
                new AdoptionView("hash", true, NOW, List.of())));

        assertThat(summary.status()).isEqualTo(NegotiationStatus.ADOPTED);
    }
}
