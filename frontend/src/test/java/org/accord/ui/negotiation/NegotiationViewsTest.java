package org.accord.ui.negotiation;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.AccordApplication;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.FindNegotiations;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.github.mvysny.kaributesting.v10.MockVaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The negotiation views on the server: permissions, live subscriptions and their lifetime. */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NegotiationViewsTest {

    static final String DEMO = "negotiations/c5-security-charter";

    @Autowired ApplicationContext context;
    @Autowired QueryUpdateEmitter emitter;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    long subscriptions(Class<?> query) {
        return emitter.activeSubscriptions().stream()
                .map(SubscriptionQueryMessage::getPayload).filter(query::isInstance).count();
    }

    @Test
    void the_chair_sees_the_form_to_add_an_article() {
        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate(DEMO);

        assertThat(_get(Button.class, spec -> spec.withId("add-article")).isVisible()).isTrue();
    }

    @Test
    void a_head_of_delegation_and_an_observer_have_no_control_to_add_an_article() {
        for (String username : new String[]{"kaz.head", "kaz.delegate", "un.observer"}) {
            KaribuSupport.openAs(username, context);
            UI.getCurrent().navigate(DEMO);
            assertThat(_find(Button.class, spec -> spec.withId("add-article"))).as(username).isEmpty();
            KaribuSupport.close();
        }
    }

    @Test
    void an_observer_is_told_what_the_rules_of_procedure_disclose_and_a_member_is_not() {
        KaribuSupport.openAs("un.observer", context);
        UI.getCurrent().navigate(DEMO);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Paragraph.class, spec -> spec.withId("disclosure")).getText())
                    .contains("as they are, without the delegations' comments");
        });
        KaribuSupport.close();

        KaribuSupport.openAs("kaz.head", context);
        UI.getCurrent().navigate(DEMO);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Paragraph.class, spec -> spec.withId("participants")).getText()).contains("Members");
        });
        assertThat(_find(Paragraph.class, spec -> spec.withId("disclosure"))).as("hidden from members").isEmpty();
    }

    @Test
    void a_live_subscription_lives_exactly_as_long_as_its_view() {
        KaribuSupport.openAs("kaz.head", context);
        long before = subscriptions(FindNegotiation.class);

        UI.getCurrent().navigate(DEMO);
        assertThat(subscriptions(FindNegotiation.class)).isEqualTo(before + 1);

        UI.getCurrent().navigate("");
        assertThat(subscriptions(FindNegotiation.class)).isEqualTo(before);
        assertThat(subscriptions(FindNegotiations.class)).isPositive();

        KaribuSupport.close();
        assertThat(subscriptions(FindNegotiations.class)).isZero();
    }

    @Test
    void the_chair_adds_an_article_and_the_view_shows_it_numbered_last() {
        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate(DEMO);
        int before = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("article")).size();

        _get(TextField.class, spec -> spec.withId("new-article-heading")).setValue("Final provisions");
        _get(TextArea.class, spec -> spec.withId("new-article-text")).setValue("This Charter enters into force...");
        _click(_get(Button.class, spec -> spec.withId("add-article")));

        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("article")))
                    .hasSize(before + 1);
        });
    }
}
