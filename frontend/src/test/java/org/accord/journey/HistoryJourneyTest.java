package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.DemoProjection;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The secretariat replays the demo in real Chromium: from the workspace's History link to the
 * timeline, then time travel: the slider dragged (mouse down on its thumb, moved, released) to a
 * point before the Tajik amendment on Article 3 was incorporated shows the old wording; stepping
 * forward act by act reaches the incorporation and shows the new wording, the article marked as
 * changed by that act; the point is in the address and survives a reload.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + HistoryJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class HistoryJourneyTest {

    static final String PASSWORD = "history-password";
    static final String NEGOTIATION = "c5-security-charter";
    static final String CLAUSE = "art-comprehensive-approach";
    static final String OLD = "water and environmental security";
    static final String NEW = "water, energy and environmental security";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void demoInTheTimeline() {
        DemoProjection.awaitProjected(jdbc, NEGOTIATION);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select (select count(*) from timeline_entry where negotiation_id = :id)
                             = (select count(*) from domain_event_entry where aggregate_identifier = :id)""")
                .param("id", NEGOTIATION).query(Boolean.class).single());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    long sequenceOf(String act) {
        // the event itself (the timeline's row holds no parameters: ADR 0021)
        return jdbc.sql("""
                        select sequence_number from domain_event_entry
                        where aggregate_identifier = :id and payload_type like '%.' || :act
                          and position('am-energy-security' in convert_from(payload, 'UTF8')) > 0""")
                .params(Map.of("id", NEGOTIATION, "act", act)).query(Long.class).single();
    }

    static WebDriverWait wait(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(20));
    }

    static Object script(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    static long position(WebDriver browser) {
        return Long.parseLong((String) script(browser, "return document.getElementById('travel-slider').value"));
    }

    static String wording(WebDriver browser) {
        return (String) script(browser, "return document.getElementById('travel-wording-' + arguments[0])?.textContent",
                CLAUSE);
    }

    /** Drags the slider's thumb from where it is to about {@code target}, as a person does with the mouse. */
    static void drag(WebDriver browser, WebElement slider, long target) {
        long max = Long.parseLong(slider.getAttribute("max"));
        int width = slider.getRect().getWidth();
        long from = Long.parseLong(slider.getDomProperty("value"));
        new Actions(browser).moveToElement(slider, offset(from, max, width), 0).clickAndHold()
                .moveToElement(slider, (offset(from, max, width) + offset(target, max, width)) / 2, 0)
                .moveToElement(slider, offset(target, max, width), 0).release().perform();
    }

    /** The horizontal offset from the slider's centre of the thumb at {@code value} (Chromium's thumb: 16 px). */
    static int offset(long value, long max, int width) {
        int thumb = 16;
        return (int) Math.round((double) value / max * (width - thumb) + thumb / 2.0 - width / 2.0);
    }

    @Test
    void the_secretariat_drags_to_before_an_incorporation_then_steps_forward_to_it() {
        long revised = sequenceOf("AmendmentIncorporated") - 1; // the incorporation's new wording comes first
        String base = "http://127.0.0.1:" + port;
        browser = Browsers.open();
        Browsers.signIn(browser, base, "chair", PASSWORD);
        browser.get(base + "/negotiations/" + NEGOTIATION);
        wait(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("tab-history"))).click();
        wait(browser, 30).ignoring(WebDriverException.class).until(b -> (Long) script(b,
                "return document.querySelectorAll('.timeline-entry').length") > 0);
        assertThat(browser.getCurrentUrl()).endsWith("/negotiations/" + NEGOTIATION + "/history");
        Browsers.screenshot(browser, "history-timeline");

        browser.findElement(By.id("history-tab-travel")).click();
        WebElement slider = wait(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(By.id("travel-slider")));
        wait(browser, 10).until(b -> NEW.equals(wording(b)) || wording(b) != null && wording(b).contains(NEW));

        browser.manage().window().setSize(new Dimension(1280, 1500)); // the controls and the article in one picture
        long target = Math.max(1, revised - 2); // after the amendment was tabled and co-sponsored
        drag(browser, slider, target);
        wait(browser, 10).until(b -> position(b) < revised && wording(b) != null && wording(b).contains(OLD));
        long dropped = position(browser);
        System.out.println("history-journey: dragged to " + dropped + " (aimed at " + target + ", incorporation at "
                + revised + ")");
        wait(browser, 10).until(b -> browser.getCurrentUrl().endsWith("?at=" + dropped));
        assertThat(wording(browser)).contains(OLD).doesNotContain(NEW);
        script(browser, "window.scrollTo(0, 0)");
        Browsers.screenshot(browser, "history-time-travel-before");

        while (position(browser) < revised) {
            long at = position(browser);
            WebElement forward = browser.findElement(By.id("travel-forward"));
            script(browser, "arguments[0].scrollIntoView({block: 'center'})", forward);
            forward.click();
            wait(browser, 10).until(b -> position(b) == at + 1);
            if (position(browser) < revised) {
                assertThat(wording(browser)).as("still before the incorporation at " + position(browser)).contains(OLD);
            }
        }
        wait(browser, 10).until(b -> wording(b) != null && wording(b).contains(NEW));
        assertThat(script(browser, "return document.getElementById('travel-unit-' + arguments[0]).getAttribute('data-touched')",
                CLAUSE)).isEqualTo("true");
        // one more step: the chair's decision is recorded, the amendment reads incorporated
        browser.findElement(By.id("travel-forward")).click();
        wait(browser, 10).until(b -> "INCORPORATED".equals(script(b,
                "return document.getElementById('travel-amendment-am-energy-security')?.getAttribute('data-state')")));
        assertThat(wording(browser)).contains(NEW);
        assertThat((String) script(browser, "return document.getElementById('travel-act').textContent"))
                .contains("incorporated amendment am-energy-security");
        script(browser, "window.scrollTo(0, 0)");
        Browsers.screenshot(browser, "history-time-travel-after");

        // the point is in the address: a reload opens the time travel there
        browser.navigate().refresh();
        wait(browser, 30).ignoring(WebDriverException.class).until(b -> position(b) == revised + 1
                && wording(b) != null && wording(b).contains(NEW));
    }
}
