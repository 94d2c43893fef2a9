package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.shared.NegotiationId;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observer's home: the UN observer opens the demo negotiation from the list and lands on the
 * endorsement board; the Kazakh head, signed in in another browser, declares an objection, and the
 * observer's matrix cell and chart change live, without reload.
 * The head declares with the position control of the charter workspace.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a context and database of its own: the objection declared here must not change the demo
        // that the other journeys share
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + EndorsementBoardJourneyTest.PASSWORD,
                "accord.test.context=board-journey"})
@org.springframework.test.context.ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext
class EndorsementBoardJourneyTest {

    static final String PASSWORD = "journey-password";
    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired QueryGateway queries;

    WebDriver observer;
    WebDriver head;

    @BeforeEach
    void openBrowsers() {
        observer = Browsers.open();
        head = Browsers.open();
    }

    @AfterEach
    void closeBrowsers() {
        if (observer != null) {
            observer.quit();
        }
        if (head != null) {
            head.quit();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    <T> T as(String username, Supplier<T> action) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_observer_sees_a_heads_objection_on_the_board_within_one_second() {
        Browsers.signIn(observer, baseUrl(), "un.observer", PASSWORD);
        new WebDriverWait(observer, Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.cssSelector("#negotiations vaadin-grid-cell-content a.negotiation-link")).isEmpty());
        observer.findElement(By.cssSelector("#negotiations vaadin-grid-cell-content a.negotiation-link")).click();
        new WebDriverWait(observer, Duration.ofSeconds(60))
                .until(b -> b.getCurrentUrl().endsWith("/negotiations/" + DEMO.value() + "/board")
                        && !b.findElements(By.cssSelector("#board-table tbody tr")).isEmpty());
        waitForChart(observer);

        Browsers.signIn(head, baseUrl(), "kaz.head", PASSWORD);

        EndorsementMatrix matrix = as("kaz.head", () -> queries.query(new FindEndorsementMatrix(DEMO),
                ResponseTypes.optionalInstanceOf(EndorsementMatrix.class)).join().orElseThrow());
        EndorsementMatrix.Row target = matrix.rows().stream()
                .filter(row -> row.status() == ClauseStatus.PROPOSED)
                .filter(row -> !row.clauseId().value().equals("art-risk-catalogue")) // under silence
                .findFirst().orElseThrow();
        String cell = "board-cell-" + target.clauseId().value() + "-KAZ";
        String before = attribute(observer, cell, "data-kind");
        String chartBefore = chartLatest(observer);
        assertThat(before).isNotEqualTo("OBJECTION");
        assertThat(chartBefore).contains("BRACKETED=");
        scrollTo(observer, cell);
        Browsers.screenshot(observer, "board-observer");

        // the head objects with the workspace's position control, on the clause's current revision
        head.get(baseUrl() + "/negotiations/" + DEMO.value() + "?clause=" + target.clauseId().value());
        new WebDriverWait(head, Duration.ofSeconds(30)).until(b -> target.clauseId().value().equals(
                ((JavascriptExecutor) b).executeScript("return document.getElementById('clause-detail')?.getAttribute('data-clause')")));
        click(head, By.xpath("//vaadin-radio-group[@id='position-kind']//vaadin-radio-button[normalize-space(.)='objects']"));
        head.findElement(By.cssSelector("#position-statement textarea")).sendKeys("The wording prejudges the border regime");
        long sent = System.nanoTime();
        click(head, By.id("declare-position"));
        new WebDriverWait(observer, Duration.ofSeconds(5), Duration.ofMillis(10))
                .until(b -> "OBJECTION".equals(attribute(b, cell, "data-kind"))
                        && !chartBefore.equals(chartLatest(b)));
        long elapsedMillis = (System.nanoTime() - sent) / 1_000_000;

        assertThat(attribute(observer, cell, "data-currency")).isEqualTo("current");
        assertThat(attribute(observer, cell, "aria-label")).isEqualTo("KAZ: objects, on the current wording (rev. "
                + target.revision() + ")");
        assertThat(attribute(observer, "board-row-" + target.clauseId().value(), "data-status")).isEqualTo("BRACKETED");
        assertThat(count(chartLatest(observer), "BRACKETED")).isEqualTo(count(chartBefore, "BRACKETED") + 1);
        assertThat(count(chartLatest(observer), "PROPOSED")).isEqualTo(count(chartBefore, "PROPOSED") - 1);
        assertThat(canvasLabel(observer)).as("the chart's canvas re-rendered with the new counts")
                .contains("Bracketed: " + count(chartLatest(observer), "BRACKETED"));
        assertThat(elapsedMillis).as("milliseconds from the head's declaration to the observer's board")
                .isLessThan(1000);
        System.out.println("board-live-latency-ms=" + elapsedMillis);
        assertThat(observer.findElements(By.cssSelector("#board-matrix vaadin-button, #board-matrix button")))
                .as("the board has no controls").isEmpty();

        scrollTo(observer, cell);
        Browsers.screenshot(observer, "board-observer-live");
        ((JavascriptExecutor) observer).executeScript(
                "document.getElementById('agreement-chart').scrollIntoView({block: 'center'})");
        Browsers.screenshot(observer, "board-chart");
        head.get(baseUrl() + "/negotiations/" + DEMO.value() + "/board");
        new WebDriverWait(head, Duration.ofSeconds(30))
                .until(b -> "OBJECTION".equals(attribute(b, cell, "data-kind")));
        Browsers.screenshot(head, "board-head");
    }

    static void click(WebDriver browser, By locator) {
        var element = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static void waitForChart(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !chartLatest(b).isEmpty()
                && canvasLabel(b) != null && !canvasLabel(b).isEmpty());
    }

    static String attribute(WebDriver browser, String id, String name) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                id, name);
    }

    static String chartLatest(WebDriver browser) {
        String latest = attribute(browser, "agreement-chart", "data-latest");
        return latest == null ? "" : latest;
    }

    /** The text alternative on the chart's canvas, rendered by the Lit component itself. */
    static String canvasLabel(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById('agreement-chart');"
                        + "const canvas = c && c.shadowRoot && c.shadowRoot.querySelector('canvas');"
                        + "return canvas ? canvas.getAttribute('aria-label') : null;");
    }

    static int count(String latest, String status) {
        for (String pair : latest.split(" ")) {
            String[] parts = pair.split("=");
            if (parts[0].equals(status)) {
                return Integer.parseInt(parts[1]);
            }
        }
        throw new AssertionError(status + " not in " + latest);
    }

    static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center', inline: 'center'})", id);
    }
}
