package org.accord.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.accord.AccordApplication;
import org.accord.api.negotiation.NegotiationStatus;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.i18n.Translations;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The shell on the server: who is signed in, the language switch, the list, the error handler. */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ShellViewsTest {

    static final String DEMO_TITLE = "Charter on a Regional Security Architecture for Central Asia";

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void open(String username, String location) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate(location);
    }

    static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    static Select<Locale> languageSwitch() {
        return _get(Select.class, spec -> spec.withId("language"));
    }

    @SuppressWarnings("unchecked")
    static Grid<NegotiationSummary> list() {
        return _get(Grid.class, spec -> spec.withId("negotiations"));
    }

    static Grid<NegotiationSummary> listed() {
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(GridKt._size(list())).isPositive();
        });
        return list();
    }

    @Test
    void the_header_shows_the_name_the_role_and_the_delegation_in_its_colour() {
        open("kaz.head", "");

        assertThat(text("signed-in-user")).isNotBlank();
        assertThat(text("signed-in-role")).isEqualTo("Head of delegation");
        Span delegation = _get(Span.class, spec -> spec.withId("signed-in-delegation"));
        assertThat(delegation.getText()).isEqualTo("KAZ");
        assertThat(delegation.getStyle().get("background")).isEqualTo("#00AFCA");
        assertThat(delegation.getElement().getAttribute("aria-label")).isEqualTo("Delegation KAZ");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Sign out");
    }

    @Test
    void the_chair_is_shown_as_the_chair_in_grey() {
        open("chair", "");

        assertThat(text("signed-in-user")).isEqualTo("Secretariat (Chair)");
        Span role = _get(Span.class, spec -> spec.withId("signed-in-role"));
        assertThat(role.getText()).isEqualTo("Chair");
        assertThat(role.getStyle().get("background")).as("a grey badge").isEqualTo(DelegationColours.CHAIR);
        assertThat(_find(Span.class, spec -> spec.withId("signed-in-delegation"))).as("no delegation").isEmpty();
    }

    @Test
    void the_language_switch_turns_the_texts_russian_and_back_keeping_the_place() {
        open("kaz.head", "negotiations/c5-security-charter");
        assertThat(_get(H2.class, spec -> spec.withId("negotiation-title")).isAttached()).isTrue();

        languageSwitch().setValue(Translations.RUSSIAN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.RUSSIAN);
        assertThat(VaadinSession.getCurrent().getLocale()).as("kept for the session").isEqualTo(Translations.RUSSIAN);
        assertThat(text("signed-in-role")).isEqualTo("Глава делегации");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Выйти");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("still on the same page").isEqualTo("negotiations/c5-security-charter");
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(H2.class, spec -> spec.withId("negotiation-title")).getText()).isEqualTo(DEMO_TITLE);
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("participants"))
                    .getText()).startsWith("Председатель: ").contains("Члены: ");
        });

        languageSwitch().setValue(Translations.ENGLISH);

        assertThat(text("signed-in-role")).isEqualTo("Head of delegation");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Sign out");
    }

    @Test
    void the_list_shows_the_demo_negotiation_with_its_figures() {
        open("kaz.head", "");
        Grid<NegotiationSummary> grid = listed();

        NegotiationSummary demo = GridKt._get(grid, 0);
        assertThat(demo.title()).isEqualTo(DEMO_TITLE);
        assertThat(demo.members()).isEqualTo(5);
        assertThat(demo.observers()).isEqualTo(3);
        assertThat(demo.lastActivity()).isNotNull();
        assertThat(texts(GridKt._getCellComponent(grid, 0, "delegations"))).containsExactly("Members: 5", "Observers: 3");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "rule")).getText())
                .isEqualTo(Translations.label(demo.decisionRule()));
        assertThat(GridKt._getFormatted(grid, 0, "silences")).isEqualTo(String.valueOf(demo.openSilences()));
        assertThat(GridKt._getFormatted(grid, 0, "last-activity")).isNotBlank().doesNotContain("T");
        Span status = (Span) GridKt._getCellComponent(grid, 0, "status");
        assertThat(status.getText()).isEqualTo(Translations.label(demo.status()));
        assertThat(demo.status()).isIn(NegotiationStatus.NEGOTIATING, NegotiationStatus.UNDER_SILENCE);
        String share = java.text.NumberFormat.getPercentInstance(Locale.ENGLISH).format(demo.shareAgreed());
        assertThat(GridKt._getCellComponent(grid, 0, "agreed").getChildren().filter(Span.class::isInstance)
                .map(figure -> ((Span) figure).getText())).containsExactly(share);
    }

    @Test
    void a_row_opens_the_workspace() {
        open("kaz.head", "");
        GridKt._clickItem(listed(), 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("negotiations/c5-security-charter");
    }

    @Test
    void the_list_is_translated_too() {
        open("un.observer", "");
        languageSwitch().setValue(Translations.RUSSIAN);

        Grid<NegotiationSummary> grid = listed();
        assertThat(grid.getColumnByKey("rule").getHeaderText()).isEqualTo("Порядок принятия решений");
        assertThat(texts(GridKt._getCellComponent(grid, 0, "delegations"))).containsExactly("Члены: 5", "Наблюдатели: 3");
        assertThat(text("signed-in-role")).isEqualTo("Наблюдатель");
    }

    @Test
    void the_error_handler_shows_the_reason_translated_and_no_stack_trace() {
        open("kaz.head", "");
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CommandExecutionException("failed",
                new CommandRejectedException(RejectionReason.ONLY_HEAD_DECLARES_POSITIONS, "internal wording"))));
        MockVaadin.clientRoundtrip();
        assertThat(notificationTexts()).containsExactly("Only the head of delegation declares the delegation's position.");

        languageSwitch().setValue(Translations.RUSSIAN);
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CommandRejectedException(RejectionReason.TEXT_UNDER_SILENCE, "internal wording")));
        MockVaadin.clientRoundtrip();
        assertThat(notificationTexts())
                .containsExactly("Текст находится под процедурой умолчания и не может изменяться до её завершения.");

        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new NullPointerException("at Foo.bar(Foo.java:1)")));
        MockVaadin.clientRoundtrip();
        assertThat(notificationTexts()).containsExactly("Что-то пошло не так; ничего не изменено. Повторите попытку.");
    }

    static List<String> texts(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().map(line -> line.getElement().getText()).toList();
    }

    static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
    }
}
