package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charter workspace in real Chromium sessions at once: a delegate tables an amendment and
 * another delegation sees it live; the chair incorporates it; the heads of all five delegations
 * endorse the new wording and it turns agreed in every open session and on an observer's board;
 * one objection brackets it again everywhere.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + AmendmentConsensusJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AmendmentConsensusJourneyTest {

    static final String PASSWORD = "consensus-password";
    static final String NEGOTIATION = "c5-security-charter";
    static final String CLAUSE = "art-indivisible-security";
    static final String JUSTIFICATION = "Security is also built in common";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void demoProjected() {
        DemoProjection.awaitProjected(jdbc, NEGOTIATION);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    String clauseUrl() {
        return "http://127.0.0.1:" + port + "/negotiations/" + NEGOTIATION + "?clause=" + CLAUSE;
    }

    WebDriver session(String username) {
        WebDriver browser = Browsers.open();
        browsers.add(browser);
        signInAndOpen(browser, username);
        return browser;
    }

    /** An observer with the endorsement board open (observers land there). */
    WebDriver boardSession(String username) {
        WebDriver browser = Browsers.open();
        browsers.add(browser);
        Browsers.signIn(browser, "http://127.0.0.1:" + port, username, PASSWORD);
        browser.get("http://127.0.0.1:" + port + "/negotiations/" + NEGOTIATION + "/board");
        wait(browser, 30).ignoring(WebDriverException.class).until(b -> boardStatus(b) != null);
        return browser;
    }

    static String boardStatus(WebDriver browser) {
        return (String) script(browser, "return document.getElementById('board-row-" + CLAUSE + "')?.getAttribute('data-status')");
    }

    void signInAndOpen(WebDriver browser, String username) {
        Browsers.signIn(browser, "http://127.0.0.1:" + port, username, PASSWORD);
        browser.get(clauseUrl());
        wait(browser, 30).ignoring(WebDriverException.class).until(b -> CLAUSE.equals(script(b,
                "return document.getElementById('clause-detail')?.getAttribute('data-clause')")));
    }

    static WebDriverWait wait(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(20));
    }

    static Object script(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    static String status(WebDriver browser) {
        return (String) script(browser, "return document.getElementById('article-" + CLAUSE + "')?.getAttribute('data-status')");
    }

    /** The id of the amendment justified by {@code justification}, or null while it is not shown. */
    static String amendmentId(WebDriver browser) {
        return (String) script(browser, """
                const card = Array.from(document.querySelectorAll('.amendment'))
                    .find(c => c.textContent.includes(arguments[0]));
                return card ? card.id.substring('amendment-'.length) : null""", JUSTIFICATION);
    }

    static String amendmentState(WebDriver browser, String id) {
        return (String) script(browser, "return document.getElementById('amendment-' + arguments[0])?.getAttribute('data-state')", id);
    }

    static void declare(WebDriver head, String label, String statement) {
        click(head, By.xpath("//vaadin-radio-group[@id='position-kind']//vaadin-radio-button[normalize-space(.)='"
                + label + "']"));
        if (!statement.isEmpty()) {
            head.findElement(By.cssSelector("#position-statement textarea")).sendKeys(statement);
        }
        click(head, By.id("declare-position"));
    }

    /** Clicks like a person who first scrolls the control into view. */
    static void click(WebDriver browser, By locator) {
        var element = wait(browser, 10).until(ExpectedConditions.presenceOfElementLocated(locator));
        script(browser, "arguments[0].scrollIntoView({block: 'center'})", element);
        wait(browser, 10).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Signs out; the page navigates meanwhile, so a lookup cut short by it is tried again. */
    static void signOut(WebDriver browser) {
        click(browser, By.id("sign-out"));
        wait(browser, 30).ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    static void scrollTo(WebDriver browser, String id) {
        script(browser, "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
    }

    @Test
    void an_amendment_is_tabled_incorporated_endorsed_by_all_five_and_bracketed_again_by_one_objection() {
        WebDriver delegate = session("kaz.delegate");
        WebDriver uzbekistan = session("uzb.head");
        WebDriver chair = session("chair");
        WebDriver observer = boardSession("un.observer");
        List<WebDriver> open = List.of(delegate, uzbekistan, chair);
        Browsers.screenshot(delegate, "workspace-outline-detail");

        // the Kazakh delegate tables a substitution, typing the words to replace
        delegate.findElement(By.cssSelector("#table-amendment-form vaadin-details-summary")).click();
        wait(delegate, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#amendment-words input")))
                .sendKeys("as indivisible");
        delegate.findElement(By.cssSelector("#amendment-text textarea")).sendKeys("as indivisible and common");
        delegate.findElement(By.cssSelector("#amendment-justification textarea")).sendKeys(JUSTIFICATION);
        wait(delegate, 10).until(b -> (Boolean) script(b,
                "return document.querySelector('#amendment-preview ins')?.textContent.includes('and common') === true"));
        var table = delegate.findElement(By.id("table-amendment"));
        script(delegate, "arguments[0].scrollIntoView({block: 'center'})", table);
        long tabled = System.nanoTime();
        table.click();

        // another delegation's session sees it live, as track changes
        wait(uzbekistan, 10).until(b -> amendmentId(b) != null);
        long seenMillis = (System.nanoTime() - tabled) / 1_000_000;
        System.out.println("amendment-live-latency-ms=" + seenMillis);
        assertThat(seenMillis).as("milliseconds from tabling to the amendment in another delegation's session")
                .isLessThan(1000);
        String id = amendmentId(uzbekistan);
        assertThat(script(uzbekistan, "return document.querySelector('#amendment-' + arguments[0] + ' ins').textContent", id))
                .asString().contains("and common");
        assertThat(amendmentState(uzbekistan, id)).isEqualTo("PENDING");
        scrollTo(uzbekistan, "amendments-panel");
        Browsers.screenshot(uzbekistan, "workspace-amendments");

        // the chair incorporates it: every session shows the new wording, positions stale
        wait(chair, 10).until(b -> amendmentId(b) != null);
        click(chair, By.id("incorporate-" + id));
        for (WebDriver session : open) {
            wait(session, 10).until(b -> "INCORPORATED".equals(amendmentState(b, id)));
            wait(session, 10).until(b -> "PROPOSED".equals(status(b)));
        }
        assertThat(script(uzbekistan, "return document.querySelector('#position-KAZ').getAttribute('data-stale')"))
                .isEqualTo("true");

        // the five heads endorse: Uzbekistan in its session, the others one after another in the chair's
        declare(uzbekistan, "endorses", "");
        wait(uzbekistan, 10).until(b -> "ENDORSE".equals(script(b,
                "return document.querySelector('#position-UZB').getAttribute('data-kind')")));
        signOut(chair);
        WebDriver heads = chair;
        for (String state : List.of("kaz", "kgz", "tjk", "tkm")) {
            if (!state.equals("kaz")) {
                signOut(heads);
            }
            System.out.println("journey: " + state + ".head signs in");
            signInAndOpen(heads, state + ".head");
            String code = state.toUpperCase();
            declare(heads, "endorses", "");
            wait(heads, 10).until(b -> "ENDORSE".equals(script(b,
                    "return document.querySelector('#position-" + code + "').getAttribute('data-kind')")));
        }
        for (WebDriver session : open) {
            wait(session, 10).until(b -> Long.valueOf(5).equals(script(b,
                    "return document.querySelectorAll('#positions .position[data-kind=ENDORSE][data-stale=false]').length")));
            assertThat(status(session)).isEqualTo("AGREED");
        }
        wait(observer, 10).until(b -> "AGREED".equals(boardStatus(b)));
        scrollTo(heads, "positions-panel");
        Browsers.screenshot(heads, "workspace-positions");

        // one objection brackets it again in every open session
        declare(heads, "objects", "Common security needs a definition first");
        for (WebDriver session : open) {
            wait(session, 10).until(b -> "BRACKETED".equals(status(b)));
        }
        wait(observer, 10).until(b -> "BRACKETED".equals(boardStatus(b)));
        assertThat(script(observer, "return document.querySelector('#board-row-" + CLAUSE + "').textContent"))
                .asString().contains("objects");
        assertThat(script(delegate, "return document.querySelector('#position-TKM').textContent"))
                .asString().contains("Common security needs a definition first");
    }
}
