package org.accord.core.negotiation;

import org.accord.api.adoption.AdoptCharter;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.shared.ArticleId;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.RearmSilenceExpiry;
import org.accord.api.silence.SilenceProcedureOpened;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.SILENCE_ALREADY_EXISTS;
import static org.accord.api.shared.RejectionReason.TEXT_UNDER_SILENCE;
import static org.accord.api.shared.RejectionReason.SILENCE_ALREADY_OPEN;
import static org.accord.api.shared.RejectionReason.SILENCE_TOO_SHORT;
import static org.accord.core.negotiation.ClauseTest.ART;
import static org.accord.core.negotiation.ClauseTest.UZB;
import static org.accord.core.negotiation.ClauseTest.UZB_HEAD;
import static org.accord.core.negotiation.ClauseTest.WORDING;
import static org.accord.core.negotiation.ClauseTest.as;
import static org.accord.core.negotiation.NegotiationTest.CHAIR;
import static org.accord.core.negotiation.NegotiationTest.ID;
import static org.accord.core.negotiation.NegotiationTest.KAZ_HEAD;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** The silence procedure in business time: broken before expiry, held at expiry, late after it. */
class SilenceTest {

    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant EXPIRY = T0.plus(Duration.ofHours(72));
    static final SilenceId SILENCE = SilenceId.of("silence-1");
    static final String HASH = Wording.hash(WORDING);
    static final List<FrozenClause> FROZEN = List.of(new FrozenClause(ART, 1, "Borders", WORDING, 1, HASH));
    static final SilenceProcedureOpened ON_THE_CHARTER = new SilenceProcedureOpened(ID, SILENCE, List.of(), EXPIRY, CHAIR);
    static final DeclarePosition UZB_OBJECTS = new DeclarePosition(ID, ART, UZB, 1, PositionKind.OBJECTION,
            "Delimitation is bilateral");

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    TestExecutor<Negotiation> givenAt(Instant now, Object... more) {
        return Fixtures.givenOneArticleAt(fixture, now, more);
    }

    @Test
    void the_chair_puts_the_charter_under_silence_and_the_expiry_is_scheduled() {
        givenAt(T0).when(new OpenSilenceProcedure(ID, SILENCE, List.of(), EXPIRY), as(CHAIR))
                .expectEvents(ON_THE_CHARTER)
                .expectScheduledDeadlineWithName(EXPIRY, SilenceExpiry.DEADLINE);
    }

    @Test
    void the_secretariat_rearms_the_expiry_of_an_imported_open_silence_without_any_event() {
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER).when(new RearmSilenceExpiry(ID), as(CHAIR))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(EXPIRY, SilenceExpiry.DEADLINE);
        fixture = Fixtures.negotiation();
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER)
                .andGivenCommands(List.of(new GenericCommandMessage<>(new RearmSilenceExpiry(ID)).andMetaData(as(CHAIR)),
                        new GenericCommandMessage<>(new RearmSilenceExpiry(ID)).andMetaData(as(CHAIR))))
                .whenTimeAdvancesTo(EXPIRY)
                .expectTriggeredDeadlinesWithName(SilenceExpiry.DEADLINE)
                .expectEvents(new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY),
                        new CharterAdopted(ID, FROZEN, CharterPolicies.textHash(FROZEN), true, CHAIR));
    }

    @Test
    void rearming_without_an_open_silence_schedules_nothing_and_only_the_secretariat_may_ask() {
        givenAt(T0).when(new RearmSilenceExpiry(ID), as(CHAIR)).expectNoEvents().expectNoScheduledDeadlines();
        givenAt(EXPIRY, ON_THE_CHARTER, new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY),
                new CharterAdopted(ID, FROZEN, CharterPolicies.textHash(FROZEN), true, CHAIR))
                .when(new RearmSilenceExpiry(ID), as(CHAIR)).expectNoEvents().expectNoScheduledDeadlines();
        givenAt(T0, ON_THE_CHARTER).when(new RearmSilenceExpiry(ID), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoScheduledDeadlines();
    }

    @Test
    void a_silence_shorter_than_the_minimum_is_refused() {
        givenAt(T0).when(new OpenSilenceProcedure(ID, SILENCE, List.of(), EXPIRY.minusSeconds(1)), as(CHAIR))
                .expectException(rejectedBecause(SILENCE_TOO_SHORT)).expectNoEvents();
    }

    @Test
    void only_the_chair_opens_one_silence_at_a_time() {
        givenAt(T0).when(new OpenSilenceProcedure(ID, SILENCE, List.of(), EXPIRY), as(KAZ_HEAD))
                .expectException(rejectedBecause(NOT_THE_CHAIR)).expectNoEvents();
        givenAt(T0, ON_THE_CHARTER)
                .when(new OpenSilenceProcedure(ID, SilenceId.of("silence-2"), List.of(), EXPIRY.plusSeconds(60)),
                        as(CHAIR))
                .expectException(rejectedBecause(SILENCE_ALREADY_OPEN)).expectNoEvents();
    }

    @Test
    void silence_holds_until_expiry_and_the_charter_is_adopted() {
        givenAt(T0).andGivenCommands(List.of(new GenericCommandMessage<>(
                        new OpenSilenceProcedure(ID, SILENCE, List.of(), EXPIRY)).andMetaData(as(CHAIR))))
                .whenTimeAdvancesTo(EXPIRY)
                .expectTriggeredDeadlinesWithName(SilenceExpiry.DEADLINE)
                .expectEvents(new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY),
                        new CharterAdopted(ID, FROZEN, CharterPolicies.textHash(FROZEN), true, CHAIR));
    }

    @Test
    void an_amendment_one_minute_before_expiry_breaks_silence() {
        Instant oneMinuteBefore = EXPIRY.minus(Duration.ofMinutes(1));
        TableAmendment amendment = new TableAmendment(ID, AmendmentId.of("am-late"), ART, 1, AmendmentKind.DELETION,
                0, 4, "", null, "");
        givenAt(oneMinuteBefore, ON_THE_CHARTER).when(amendment, as(UZB_HEAD))
                .expectEvents(new SilenceBroken(ID, SILENCE, UZB, "amendment am-late", oneMinuteBefore, UZB_HEAD),
                        new AmendmentTabled(ID, AmendmentId.of("am-late"), ART, 1, AmendmentKind.DELETION, 0, 4, "The ",
                                "", "", "", UZB, UZB_HEAD));
    }

    @Test
    void an_objection_one_minute_after_expiry_is_recorded_as_late_and_silence_holds() {
        Instant oneMinuteAfter = EXPIRY.plus(Duration.ofMinutes(1));
        // the scheduler has not fired yet: the objection itself closes the silence first
        givenAt(oneMinuteAfter, ON_THE_CHARTER).when(UZB_OBJECTS, as(UZB_HEAD))
                .expectEvents(new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY),
                        new CharterAdopted(ID, FROZEN, CharterPolicies.textHash(FROZEN), true, CHAIR),
                        new LateObjectionRecorded(ID, SILENCE, UZB, "objection to " + ART, oneMinuteAfter, UZB_HEAD));
    }

    @Test
    void an_objection_after_the_charter_was_adopted_by_silence_is_recorded_as_late() {
        Instant nextWeek = EXPIRY.plus(Duration.ofDays(7));
        givenAt(nextWeek, ON_THE_CHARTER, new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY),
                new CharterAdopted(ID, FROZEN, CharterPolicies.textHash(FROZEN), true, CHAIR))
                .when(UZB_OBJECTS, as(UZB_HEAD))
                .expectEvents(new LateObjectionRecorded(ID, SILENCE, UZB, "objection to " + ART, nextWeek, UZB_HEAD));
    }

    @Test
    void silence_on_a_clause_holds_and_a_later_objection_is_late_but_counts() {
        SilenceProcedureOpened onArticle = new SilenceProcedureOpened(ID, SILENCE, List.of(ART), EXPIRY, CHAIR);
        Instant after = EXPIRY.plus(Duration.ofHours(1));
        givenAt(after, onArticle, new SilenceHeld(ID, SILENCE, FROZEN, EXPIRY))
                .when(UZB_OBJECTS, as(UZB_HEAD))
                .expectEvents(new LateObjectionRecorded(ID, SILENCE, UZB, "objection to " + ART, after, UZB_HEAD),
                        new PositionDeclared(ID, ART, UZB, 1, HASH, PositionKind.OBJECTION, "Delimitation is bilateral",
                                UZB_HEAD));
    }

    @Test
    void the_wording_under_silence_is_frozen_and_the_chair_waits_for_the_outcome() {
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER)
                .when(new ReviseClause(ID, ART, 1, 0, 3, "A"), as(NegotiationTest.KAZ_DELEGATE))
                .expectException(rejectedBecause(TEXT_UNDER_SILENCE)).expectNoEvents();
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER,
                new PositionDeclared(ID, ART, UZB, 1, HASH, PositionKind.ENDORSE, "", UZB_HEAD))
                .when(new AdoptCharter(ID), as(CHAIR))
                .expectException(rejectedBecause(SILENCE_ALREADY_OPEN)).expectNoEvents();
    }

    @Test
    void a_silence_on_one_clause_leaves_the_rest_of_the_charter_open() {
        SilenceProcedureOpened onArticle = new SilenceProcedureOpened(ID, SILENCE, List.of(ART), EXPIRY, CHAIR);
        givenAt(T0.plus(Duration.ofHours(1)), onArticle)
                .when(new AddArticle(ID, ArticleId.of("art-new"), "New", "New text"), as(CHAIR))
                .expectEvents(new ArticleAdded(ID, ArticleId.of("art-new"), "New", "New text", CHAIR));
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER)
                .when(new AddArticle(ID, ArticleId.of("art-new"), "New", "New text"), as(CHAIR))
                .expectException(rejectedBecause(TEXT_UNDER_SILENCE)).expectNoEvents();
    }

    @Test
    void a_silence_identity_is_used_once() {
        givenAt(T0, ON_THE_CHARTER, new SilenceBroken(ID, SILENCE, UZB, "objection", T0, UZB_HEAD))
                .when(new OpenSilenceProcedure(ID, SILENCE, List.of(), EXPIRY.plusSeconds(60)), as(CHAIR))
                .expectException(rejectedBecause(SILENCE_ALREADY_EXISTS)).expectNoEvents();
    }

    @Test
    void an_endorsement_does_not_break_silence() {
        givenAt(T0.plus(Duration.ofHours(1)), ON_THE_CHARTER)
                .when(new DeclarePosition(ID, ART, UZB, 1, PositionKind.ENDORSE, ""), as(UZB_HEAD))
                .expectEvents(new PositionDeclared(ID, ART, UZB, 1, HASH, PositionKind.ENDORSE, "", UZB_HEAD));
    }
}
