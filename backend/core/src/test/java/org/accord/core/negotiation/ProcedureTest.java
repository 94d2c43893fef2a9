package org.accord.core.negotiation;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentSuperseded;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.amendment.AmendmentsCombinedIntoOptions;
import org.accord.api.amendment.CombineIntoOptions;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.ScheduleRound;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.accord.api.shared.RejectionReason.AMENDMENT_DEADLINE_PASSED;
import static org.accord.api.shared.RejectionReason.NOT_AN_OPTION_CANDIDATE;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.ROUNDS_OVERLAP;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.UZB;
import static org.accord.core.negotiation.ClauseTest.UZB_HEAD;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ;
import static org.accord.core.negotiation.NegotiationTest.KAZ_DELEGATE;
import static org.accord.core.negotiation.NegotiationTest.KAZ_HEAD;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** Rounds with their deadline for amendments, and competing amendments combined into options. */
class ProcedureTest {

    static final Instant OPENS = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant CLOSES = OPENS.plus(Duration.ofDays(5));
    static final Instant DEADLINE = OPENS.plus(Duration.ofDays(2));
    static final RoundScheduled ROUND_1 = new RoundScheduled(ID, 1, "First round, Astana", OPENS, CLOSES, DEADLINE,
            CHAIR);
    static final TableAmendment DELETE_THE = new TableAmendment(ID, AmendmentId.of("am-x"), ART, 1,
            AmendmentKind.DELETION, 0, 4, "", null, "");

    // "respect" is [18, 25) of "The Parties shall respect the inviolability of borders."
    static final AmendmentTabled STRICTLY = new AmendmentTabled(ID, AmendmentId.of("am-1"), ART, 1,
            AmendmentKind.SUBSTITUTION, 18, 25, "respect", "strictly respect", "", "", KAZ, KAZ_DELEGATE);
    static final AmendmentTabled HONOUR = new AmendmentTabled(ID, AmendmentId.of("am-2"), ART, 1,
            AmendmentKind.SUBSTITUTION, 18, 25, "respect", "honour", "", "", UZB, UZB_HEAD);
    static final AmendmentTabled UPHOLD = new AmendmentTabled(ID, AmendmentId.of("am-3"), ART, 1,
            AmendmentKind.SUBSTITUTION, 18, 25, "respect", "uphold", "", "", UZB, UZB_HEAD);

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    TestExecutor<Negotiation> givenAt(Instant now, Object... more) {
        return Fixtures.givenOneArticleAt(fixture, now, more);
    }

    @Test
    void the_chair_schedules_rounds_that_do_not_overlap() {
        givenAt(OPENS.minus(Duration.ofDays(30)))
                .when(new ScheduleRound(ID, "First round, Astana", OPENS, CLOSES, DEADLINE), as(CHAIR))
                .expectEvents(ROUND_1);
        givenAt(OPENS.minus(Duration.ofDays(30)), ROUND_1)
                .when(new ScheduleRound(ID, "Overlapping", CLOSES.minus(Duration.ofDays(1)), CLOSES.plus(Duration.ofDays(3)),
                        CLOSES), as(CHAIR))
                .expectException(rejectedBecause(ROUNDS_OVERLAP)).expectNoEvents();
        givenAt(OPENS.minus(Duration.ofDays(30)))
                .when(new ScheduleRound(ID, "Mine", OPENS, CLOSES, DEADLINE), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
    }

    @Test
    void amendments_are_tabled_until_the_round_deadline() {
        givenAt(DEADLINE.minusSeconds(60), ROUND_1).when(DELETE_THE, as(KAZ_DELEGATE))
                .expectSuccessfulHandlerExecution();
        givenAt(DEADLINE.plusSeconds(60), ROUND_1).when(DELETE_THE, as(KAZ_DELEGATE))
                .expectException(rejectedBecause(AMENDMENT_DEADLINE_PASSED)).expectNoEvents();
    }

    @Test
    void the_chair_combines_competing_amendments_into_options() {
        givenAt(OPENS, STRICTLY, HONOUR)
                .when(new CombineIntoOptions(ID, ART, List.of(STRICTLY.amendmentId(), HONOUR.amendmentId())), as(CHAIR))
                .expectEvents(new AmendmentsCombinedIntoOptions(ID, ART,
                        List.of(STRICTLY.amendmentId(), HONOUR.amendmentId()), CHAIR));
    }

    @Test
    void incorporating_one_option_supersedes_the_others() {
        String wording = "The Parties shall honour the inviolability of borders.";
        givenAt(OPENS, STRICTLY, HONOUR, UPHOLD, new AmendmentsCombinedIntoOptions(ID, ART,
                List.of(STRICTLY.amendmentId(), HONOUR.amendmentId(), UPHOLD.amendmentId()), CHAIR))
                .when(new IncorporateAmendment(ID, HONOUR.amendmentId()), as(CHAIR))
                .expectEvents(new AmendmentSuperseded(ID, STRICTLY.amendmentId(), HONOUR.amendmentId()),
                        new AmendmentSuperseded(ID, UPHOLD.amendmentId(), HONOUR.amendmentId()),
                        new ClauseRevised(ID, ART, 2, 18, 25, "honour", wording, Wording.hash(wording), CHAIR),
                        new AmendmentIncorporated(ID, HONOUR.amendmentId(), ART, 2, CHAIR));
    }

    @Test
    void only_pending_amendments_of_the_clause_become_options() {
        givenAt(OPENS, STRICTLY, HONOUR, new AmendmentWithdrawn(ID, HONOUR.amendmentId(), UZB_HEAD))
                .when(new CombineIntoOptions(ID, ART, List.of(STRICTLY.amendmentId(), HONOUR.amendmentId())), as(CHAIR))
                .expectException(rejectedBecause(NOT_AN_OPTION_CANDIDATE)).expectNoEvents();
        givenAt(OPENS, STRICTLY, HONOUR)
                .when(new CombineIntoOptions(ID, ART, List.of(STRICTLY.amendmentId(), HONOUR.amendmentId())),
                        as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
    }
}
