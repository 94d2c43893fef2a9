package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser signed in as the head of the Kazakh delegation: when the Uzbek delegate tables
 * an amendment on a clause Kazakhstan endorsed, the bell's count rises and a toast appears
 * without reloading, within one second. Its own negotiation, context and database.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + NotificationJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext
class NotificationJourneyTest {

    static final String PASSWORD = "journey-password";
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Head of KAZ", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza Yusupova", Role.DELEGATE, UZB);

    @LocalServerPort
    int port;

    @Autowired CommandGateway commands;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_amendment_on_an_endorsed_clause_rings_the_bell_live_with_a_toast() {
        NegotiationId negotiation = NegotiationId.random();
        ArticleId article = ArticleId.random();
        send(new OpenNegotiation(negotiation, "Charter on Shared Water Resources"), CHAIR);
        send(new AccreditMember(negotiation, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(negotiation, UZB, "Uzbekistan"), CHAIR);
        send(new AddArticle(negotiation, article, "Transboundary rivers",
                "The Parties shall share the waters of transboundary rivers equitably."), CHAIR);
        send(new DeclarePosition(negotiation, article, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);

        browser = Browsers.open();
        Browsers.signIn(browser, "http://127.0.0.1:" + port, "kaz.head", PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(10));
        String before = wait.until(b -> b.findElement(By.id("notifications-bell")).getAttribute("aria-label"));
        int unread = Integer.parseInt(before.split(" ")[0]);

        send(new TableAmendment(negotiation, AmendmentId.random(), article, 1, AmendmentKind.SUBSTITUTION, 59, 68,
                "equitably and reasonably", null, "The wording of the 1997 Watercourses Convention"), UZB_DELEGATE);
        long tabled = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(10)).until(b ->
                (unread + 1 + " unread notifications").equals(
                        b.findElement(By.id("notifications-bell")).getAttribute("aria-label")));
        long elapsedMillis = (System.nanoTime() - tabled) / 1_000_000;
        String toast = new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(10))
                .until(b -> b.findElements(By.id("notification-toast-text")).stream().map(e -> e.getText())
                        .filter(text -> !text.isEmpty()).findFirst().orElse(null));

        assertThat(elapsedMillis).as("milliseconds from the amendment to the bell").isLessThan(1000);
        System.out.println("notification-latency-ms=" + elapsedMillis);
        assertThat(toast).isEqualTo(
                "Dilnoza Yusupova (UZB) tabled an amendment to “Transboundary rivers”, which your delegation endorsed.");
        assertThat(browser.findElement(By.id("notifications-unread")).getText()).isEqualTo(String.valueOf(unread + 1));
        Browsers.screenshot(browser, "notifications");

        browser.findElement(By.id("notifications-bell")).click();
        wait.until(b -> b.findElement(By.cssSelector("#notifications-list .notification.unread .notification-link"))
                .isDisplayed() && !b.findElements(By.cssSelector("vaadin-dialog-overlay[opened]:not([opening])")).isEmpty());
        Browsers.screenshot(browser, "notifications-list");
        assertThat(browser.findElement(By.cssSelector("#notifications-list .notification .notification-link"))
                .getAttribute("href")).endsWith("/negotiations/" + negotiation.value() + "?clause=" + article.value());
        browser.findElement(By.id("notifications-mark-read")).click();
        wait.until(b -> "0 unread notifications".equals(
                b.findElement(By.id("notifications-bell")).getAttribute("aria-label")));
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }
}
