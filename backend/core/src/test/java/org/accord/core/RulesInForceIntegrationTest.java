package org.accord.core;

import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.FindRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rules in force, in full, from the negotiation's events: as opened, as changed, and only for those who may see it. */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class RulesInForceIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Dilshod", Role.HEAD_OF_DELEGATION, DelegationCode.of("UZB"));

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;

    Optional<RulesOfProcedure> rules(NegotiationId id, Actor viewer) {
        return queries.query(Viewing.as(viewer, new FindRulesOfProcedure(id)),
                ResponseTypes.optionalInstanceOf(RulesOfProcedure.class)).join();
    }

    @Test
    void the_rules_as_opened_then_as_changed_and_nothing_for_an_outsider() {
        NegotiationId id = NegotiationId.of("rules-in-force");
        RulesOfProcedure opened = new RulesOfProcedure(DecisionRule.CONSENSUS, Confidentiality.LIVE, List.of("ru", "en", "kk"), 96);
        commands.sendAndWait(new OpenNegotiation(id, "Rules", opened), ActorMetaData.of(CHAIR));
        commands.sendAndWait(new AccreditMember(id, KAZ, "Kazakhstan"), ActorMetaData.of(CHAIR));
        await().untilAsserted(() -> assertThat(rules(id, KAZ_HEAD)).contains(opened));
        assertThat(rules(id, CHAIR)).contains(opened);

        RulesOfProcedure changed = new RulesOfProcedure(DecisionRule.UNANIMITY,
                new Confidentiality(Confidentiality.Mode.DELAYED, 30), List.of("en"), 72);
        commands.sendAndWait(new ChangeRulesOfProcedure(id, changed), ActorMetaData.of(CHAIR));

        assertThat(rules(id, KAZ_HEAD)).contains(changed);
        assertThat(rules(id, UZB_HEAD)).as("a delegation not accredited sees nothing of it").isEmpty();
        assertThat(rules(NegotiationId.of("no-such-negotiation"), CHAIR)).isEmpty();
    }
}
