package org.accord.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Co-editing in real Chromium sessions against the running application and PostgreSQL: two
 * delegates type into one clause at the same time and converge with their carets in place, a
 * third person sees the result live, and a delegate whose network drops keeps typing and loses
 * nothing.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + CoEditingJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CoEditingJourneyTest {

    static final String PASSWORD = "coediting-password";
    static final String NEGOTIATION = "c5-security-charter";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Editors are admitted once the projection knows the demo's members and clauses. */
    @BeforeEach
    void demoProjected() {
        DemoProjection.awaitProjected(jdbc, NEGOTIATION);
    }

    WebDriver browser(String baseUrl, String username) {
        WebDriver browser = Browsers.open();
        browsers.add(browser);
        Browsers.signIn(browser, baseUrl, username, PASSWORD);
        return browser;
    }

    /** Opens the clause's editor and waits until it shows the server's text. */
    static WebElement openEditor(WebDriver browser, String baseUrl, String clause) {
        browser.get(baseUrl + "/negotiations/" + NEGOTIATION + "/clauses/" + clause);
        await().atMost(Duration.ofSeconds(60)).until(() -> !browser.findElements(By.id("clause-editor")).isEmpty()
                && "connected".equals(browser.findElement(By.id("clause-editor")).getAttribute("status"))
                && !text(browser).isEmpty());
        return textarea(browser);
    }

    static WebElement textarea(WebDriver browser) {
        return browser.findElement(By.id("clause-editor")).getShadowRoot().findElement(By.cssSelector("textarea"));
    }

    static String text(WebDriver browser) {
        return (String) js(browser).executeScript("return document.getElementById('clause-editor').text");
    }

    static boolean settled(WebDriver browser) {
        return Boolean.FALSE.equals(js(browser).executeScript("return document.getElementById('clause-editor').pending"))
                && "connected".equals(browser.findElement(By.id("clause-editor")).getAttribute("status"));
    }

    static long caret(WebDriver browser) {
        return (Long) js(browser).executeScript("return arguments[0].selectionStart", textarea(browser));
    }

    static void placeCaret(WebDriver browser, int at) {
        WebElement area = textarea(browser);
        area.click();
        js(browser).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);", area, at);
    }

    static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }

    /**
     * Types like a person, one key at a time, at the caret of the focused text area (keyboard
     * actions: WebElement.sendKeys would move the caret to the end first).
     */
    static void type(WebDriver browser, String keys) {
        for (char key : keys.toCharArray()) {
            new Actions(browser).sendKeys(String.valueOf(key)).perform();
        }
    }

    /** The clause's co-editing events in PostgreSQL, oldest first. */
    List<JsonNode> editEvents(String clause) {
        return jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where aggregate_identifier = :negotiation
                          and payload_type = 'org.accord.api.coediting.ClauseEdited'
                        order by sequence_number""")
                .param("negotiation", NEGOTIATION).query(String.class).list().stream()
                .map(CoEditingJourneyTest::read)
                .filter(event -> event.get("clauseId").asText().equals(clause))
                .toList();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void two_delegates_type_at_once_converge_keep_their_carets_and_a_third_session_sees_the_result() throws Exception {
        String clause = "art-international-law";
        WebDriver kaz = browser(baseUrl(), "kaz.delegate");
        WebDriver uzb = browser(baseUrl(), "uzb.delegate");
        WebDriver kgz = browser(baseUrl(), "kgz.head");
        openEditor(kaz, baseUrl(), clause);
        openEditor(uzb, baseUrl(), clause);
        String original = text(kaz);
        assertThat(text(uzb)).isEqualTo(original);
        assertThat(original).as("plain ASCII keeps caret arithmetic simple").matches("\\p{ASCII}+");

        // Uzbekistan's caret goes right after a word in the middle; Kazakhstan types at the very
        // start, before that caret, while Uzbekistan types at its caret
        int middle = original.indexOf(' ', original.length() / 2);
        String word = original.substring(original.lastIndexOf(' ', middle - 1) + 1, middle);
        placeCaret(uzb, middle);
        placeCaret(kaz, 0);
        String kazTyped = "Firmly: ";
        String uzbTyped = " [as amended]";
        CompletableFuture<Void> kazTyping = CompletableFuture.runAsync(() -> type(kaz, kazTyped));
        CompletableFuture<Void> uzbTyping = CompletableFuture.runAsync(() -> type(uzb, uzbTyped));
        CompletableFuture.allOf(kazTyping, uzbTyping).join();

        String expected = kazTyped + original.substring(0, middle) + uzbTyped + original.substring(middle);
        await().atMost(Duration.ofSeconds(20)).until(() -> settled(kaz) && settled(uzb)
                && text(kaz).equals(text(uzb)));
        assertThat(text(kaz)).isEqualTo(expected);
        long uzbCaret = caret(uzb);
        assertThat(expected.substring(0, (int) uzbCaret)).as("Uzbekistan's caret stayed after its word")
                .endsWith(word + uzbTyped);

        // Uzbekistan sees Kazakhstan's caret by name, and with authorship on, Kazakhstan's words in its colour
        WebElement uzbEditor = uzb.findElement(By.id("clause-editor"));
        assertThat(uzbEditor.getShadowRoot().findElements(By.cssSelector(".mirror .caret .name")))
                .extracting(WebElement::getText).contains("Daniyar Seitkali");
        uzb.findElement(By.id("show-authorship")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> String.valueOf(js(uzb).executeScript(
                "const s = [...arguments[0].shadowRoot.querySelectorAll('.mirror span')]"
                        + ".find(span => span.textContent === arguments[1]); return s ? s.style.background : ''",
                uzbEditor, kazTyped)).contains("rgba(0, 175, 202"));
        Browsers.screenshot(uzb, "co-editing");

        // undo takes back Uzbekistan's own typing, never Kazakhstan's; redo brings it back
        String kazOnly = kazTyped + original;
        for (int step = 0; step < uzbTyped.length() && !text(uzb).equals(kazOnly); step++) {
            String before = text(uzb);
            uzb.findElement(By.id("undo")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !text(uzb).equals(before));
        }
        assertThat(text(uzb)).isEqualTo(kazOnly);
        uzb.findElement(By.id("undo")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> settled(uzb) && settled(kaz) && text(kaz).equals(kazOnly));
        assertThat(text(uzb)).as("nothing of Kazakhstan's is undone").isEqualTo(kazOnly);
        uzb.findElement(By.id("redo")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !text(kaz).equals(kazOnly) && settled(uzb) && settled(kaz));
        String redone = text(uzb);
        String restored = redone.substring(kazTyped.length() + middle, redone.length() - (original.length() - middle));
        assertThat(restored).as("the last undone step of Uzbekistan's typing, in its place").isNotEmpty();
        assertThat(uzbTyped).startsWith(restored);
        assertThat(text(kaz)).isEqualTo(redone);

        // a third person, on the negotiation's workspace with the clause selected, sees the result
        kgz.get(baseUrl() + "/negotiations/" + NEGOTIATION + "?clause=" + clause);
        await().atMost(Duration.ofSeconds(20)).until(() -> redone.equals(js(kgz).executeScript(
                "return document.getElementById('workspace-editor')?.text")));

        // every accepted batch is an event in PostgreSQL, and the last one's hash is the text's
        List<JsonNode> events = editEvents(clause);
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).extracting(e -> e.get("by").get("username").asText())
                .contains("kaz.delegate", "uzb.delegate");
        assertThat(events.get(events.size() - 1).get("hash").asText()).isEqualTo(sha256(redone));
    }

    @Test
    void a_delegate_whose_connection_drops_keeps_typing_and_nothing_is_lost_or_doubled() {
        String clause = "art-comprehensive-approach";
        try (TcpProxy network = new TcpProxy(port)) {
            String viaProxy = "http://127.0.0.1:" + network.port();
            WebDriver kaz = browser(viaProxy, "kaz.delegate");
            WebDriver tjk = browser(baseUrl(), "tjk.delegate");
            openEditor(kaz, viaProxy, clause);
            openEditor(tjk, baseUrl(), clause);
            String original = text(kaz);
            int end = original.length();
            placeCaret(kaz, end);

            type(kaz, " alpha");
            network.cut();                  // mid-sentence, the network goes away
            type(kaz, " beta gamma");
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    "offline".equals(kaz.findElement(By.id("clause-editor")).getAttribute("status")));
            type(kaz, " delta");            // still typing while offline
            Browsers.screenshot(kaz, "co-editing-offline");
            network.restore();
            type(kaz, " epsilon");

            String expected = original + " alpha beta gamma delta epsilon";
            await().atMost(Duration.ofSeconds(30)).until(() -> settled(kaz) && expected.equals(text(tjk)));
            assertThat(text(kaz)).isEqualTo(expected);
            List<JsonNode> events = editEvents(clause);
            assertThat(events).extracting(e -> e.get("clientId").asText() + "#" + e.get("clientSeq").asLong())
                    .as("no batch applied twice").doesNotHaveDuplicates();
        }
    }
}
