package org.accord.ui.chair;

import org.accord.api.adoption.AuthenticateCharter;
import org.accord.api.adoption.AuthenticationAct;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.function.Supplier;

/**
 * A small negotiation of the demo's chair with the Kazakh delegation as its only member and one
 * article, opened by commands as the chair would send them; and acts of other people, sent as
 * them. The demo negotiation already runs a silence procedure, so silence tests need their own.
 */
public final class NegotiationFixture {

    public static final DelegationCode KAZ = DelegationCode.of("KAZ");

    private final CommandGateway commands;
    private final UserDetailsService users;

    public NegotiationFixture(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** A negotiation with one member (KAZ) and one article, whose silence may be as short as an hour. */
    public Opened open(String title) {
        NegotiationId id = NegotiationId.random();
        ArticleId article = ArticleId.random();
        as("chair", () -> {
            commands.sendAndWait(new OpenNegotiation(id, title, new RulesOfProcedure(DecisionRule.CONSENSUS,
                    Confidentiality.LIVE, List.of("ru", "en"), 1)));
            commands.sendAndWait(new AccreditMember(id, KAZ, "Kazakhstan", "Head of the Kazakh delegation", List.of()));
            commands.sendAndWait(new AddArticle(id, article, "Purpose", "The Parties build a regional security space."));
            return null;
        });
        return new Opened(id, article);
    }

    /** The Kazakh head objects to the article's first revision. */
    public void kazakhstanObjects(Opened negotiation) {
        as("kaz.head", () -> commands.sendAndWait(new DeclarePosition(negotiation.id(), negotiation.article(), KAZ, 1,
                PositionKind.OBJECTION, "The wording prejudges the scope of the Charter.")));
    }

    /** The Kazakh head endorses the article's first revision: the only member agrees, so the text is agreed. */
    public void kazakhstanEndorses(Opened negotiation) {
        as("kaz.head", () -> commands.sendAndWait(new DeclarePosition(negotiation.id(), negotiation.article(), KAZ, 1,
                PositionKind.ENDORSE, "")));
    }

    /** The Kazakh head signs the adopted charter. */
    public void kazakhstanSigns(Opened negotiation) {
        as("kaz.head", () -> commands.sendAndWait(new AuthenticateCharter(negotiation.id(), KAZ, AuthenticationAct.SIGNATURE)));
    }

    /** Runs {@code action} signed in as {@code username}, as the server's dispatch interceptor reads it. */
    public <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public record Opened(NegotiationId id, ArticleId article) {

        public String console() {
            return "negotiations/" + id.value() + "/console";
        }
    }
}
