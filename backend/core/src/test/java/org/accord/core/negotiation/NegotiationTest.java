package org.accord.core.negotiation;

import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.accord.api.shared.RejectionReason.ARTICLE_ALREADY_EXISTS;
import static org.accord.api.shared.RejectionReason.DELEGATION_ALREADY_ACCREDITED;
import static org.accord.api.shared.RejectionReason.NOT_AUTHENTICATED;
import static org.accord.api.shared.RejectionReason.NOT_THE_CHAIR;
import static org.accord.api.shared.RejectionReason.ONLY_CHAIR_OPENS_NEGOTIATIONS;
import static org.accord.core.negotiation.Rejections.rejectedBecause;

/** One test per rule of the {@link Negotiation} aggregate, each rejection included. */
public class NegotiationTest {

    static final NegotiationId ID = NegotiationId.of("c5");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final Actor OTHER_CHAIR = new Actor("chair2", "Another secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UN = DelegationCode.of("UN");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Daniyar", Role.DELEGATE, KAZ);
    static final Actor UN_OBSERVER = new Actor("un.observer", "Maria", Role.OBSERVER, UN);
    static final String TITLE = "Charter on a Regional Security Architecture for Central Asia";
    static final ArticleId ART_1 = ArticleId.of("art-1");

    AggregateTestFixture<Negotiation> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.negotiation();
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static NegotiationOpened opened() {
        return new NegotiationOpened(ID, TITLE, RulesOfProcedure.standard(), CHAIR);
    }

    @Nested
    class Opening {

        @Test
        void the_secretariat_opens_a_negotiation_and_becomes_its_chair() {
            fixture.givenNoPriorActivity()
                    .when(new OpenNegotiation(ID, TITLE), as(CHAIR))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NegotiationOpened(ID, TITLE, RulesOfProcedure.standard(), CHAIR));
        }

        @Test
        void a_delegation_cannot_open_a_negotiation() {
            fixture.givenNoPriorActivity()
                    .when(new OpenNegotiation(ID, TITLE), as(KAZ_HEAD))
                    .expectException(rejectedBecause(ONLY_CHAIR_OPENS_NEGOTIATIONS))
                    .expectNoEvents();
        }

        @Test
        void an_observer_cannot_open_a_negotiation() {
            fixture.givenNoPriorActivity()
                    .when(new OpenNegotiation(ID, TITLE), as(UN_OBSERVER))
                    .expectException(rejectedBecause(ONLY_CHAIR_OPENS_NEGOTIATIONS))
                    .expectNoEvents();
        }

        @Test
        void nobody_unauthenticated_opens_a_negotiation() {
            fixture.givenNoPriorActivity()
                    .when(new OpenNegotiation(ID, TITLE))
                    .expectException(rejectedBecause(NOT_AUTHENTICATED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Accreditation {

        @Test
        void the_chair_accredits_a_member_delegation() {
            fixture.given(opened())
                    .when(new AccreditMember(ID, KAZ, "Kazakhstan"), as(CHAIR))
                    .expectEvents(new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR));
        }

        @Test
        void the_chair_accredits_an_observer() {
            fixture.given(opened())
                    .when(new AccreditObserver(ID, UN, "United Nations"), as(CHAIR))
                    .expectEvents(new ObserverAccredited(ID, UN, "United Nations", CHAIR));
        }

        @Test
        void the_chair_of_another_negotiation_cannot_accredit() {
            fixture.given(opened())
                    .when(new AccreditMember(ID, KAZ, "Kazakhstan"), as(OTHER_CHAIR))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void a_head_of_delegation_cannot_accredit_a_member() {
            fixture.given(opened())
                    .when(new AccreditMember(ID, KAZ, "Kazakhstan"), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void an_observer_cannot_accredit_an_observer() {
            fixture.given(opened())
                    .when(new AccreditObserver(ID, UN, "United Nations"), as(UN_OBSERVER))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void a_member_is_accredited_once() {
            fixture.given(opened(), new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR))
                    .when(new AccreditMember(ID, KAZ, "Kazakhstan"), as(CHAIR))
                    .expectException(rejectedBecause(DELEGATION_ALREADY_ACCREDITED))
                    .expectNoEvents();
        }

        @Test
        void a_member_cannot_also_be_an_observer() {
            fixture.given(opened(), new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR))
                    .when(new AccreditObserver(ID, KAZ, "Kazakhstan"), as(CHAIR))
                    .expectException(rejectedBecause(DELEGATION_ALREADY_ACCREDITED))
                    .expectNoEvents();
        }

        @Test
        void an_observer_cannot_also_be_a_member() {
            fixture.given(opened(), new ObserverAccredited(ID, UN, "United Nations", CHAIR))
                    .when(new AccreditMember(ID, UN, "United Nations"), as(CHAIR))
                    .expectException(rejectedBecause(DELEGATION_ALREADY_ACCREDITED))
                    .expectNoEvents();
        }

        @Test
        void accreditation_needs_an_authenticated_actor() {
            fixture.given(opened())
                    .when(new AccreditMember(ID, KAZ, "Kazakhstan"))
                    .expectException(rejectedBecause(NOT_AUTHENTICATED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Articles {

        @Test
        void the_chair_adds_an_article() {
            fixture.given(opened())
                    .when(new AddArticle(ID, ART_1, "Indivisible security", "The Parties shall..."), as(CHAIR))
                    .expectEvents(new ArticleAdded(ID, ART_1, "Indivisible security", "The Parties shall...", CHAIR));
        }

        @Test
        void an_article_identity_is_never_reused() {
            fixture.given(opened(), new ArticleAdded(ID, ART_1, "Indivisible security", "Text", CHAIR))
                    .when(new AddArticle(ID, ART_1, "Another heading", "Other text"), as(CHAIR))
                    .expectException(rejectedBecause(ARTICLE_ALREADY_EXISTS))
                    .expectNoEvents();
        }

        @Test
        void a_delegate_cannot_add_an_article() {
            fixture.given(opened(), new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR))
                    .when(new AddArticle(ID, ART_1, "Heading", "Text"), as(KAZ_DELEGATE))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void a_head_of_delegation_cannot_add_an_article() {
            fixture.given(opened(), new MemberAccredited(ID, KAZ, "Kazakhstan", CHAIR))
                    .when(new AddArticle(ID, ART_1, "Heading", "Text"), as(KAZ_HEAD))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void an_observer_cannot_add_an_article() {
            fixture.given(opened(), new ObserverAccredited(ID, UN, "United Nations", CHAIR))
                    .when(new AddArticle(ID, ART_1, "Heading", "Text"), as(UN_OBSERVER))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void the_chair_of_another_negotiation_cannot_add_an_article() {
            fixture.given(opened())
                    .when(new AddArticle(ID, ART_1, "Heading", "Text"), as(OTHER_CHAIR))
                    .expectException(rejectedBecause(NOT_THE_CHAIR))
                    .expectNoEvents();
        }

        @Test
        void adding_an_article_needs_an_authenticated_actor() {
            fixture.given(opened())
                    .when(new AddArticle(ID, ART_1, "Heading", "Text"))
                    .expectException(rejectedBecause(NOT_AUTHENTICATED))
                    .expectNoEvents();
        }
    }
}
