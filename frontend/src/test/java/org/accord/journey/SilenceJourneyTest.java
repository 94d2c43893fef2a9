package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.chair.NegotiationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair opens a silence procedure in the console of a fresh negotiation; the countdown ticks
 * in the browser; the head of the Kazakh delegation objects to the clause under silence and the
 * chair's console shows, live, that Kazakhstan broke it. The head objects in a second browser, with
 * the position control of the charter workspace.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + SilenceJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class SilenceJourneyTest {

    static final String PASSWORD = "journey-password";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    WebDriver chair;
    WebDriver head;

    @BeforeEach
    void openBrowser() {
        chair = Browsers.open();
        head = Browsers.open();
    }

    @AfterEach
    void closeBrowser() {
        if (chair != null) {
            chair.quit();
        }
        if (head != null) {
            head.quit();
        }
    }

    @Test
    void a_silence_counts_down_in_the_chairs_console_and_is_broken_by_an_objection() {
        NegotiationFixture fixture = new NegotiationFixture(context);
        NegotiationFixture.Opened negotiation = fixture.open("Charter on water cooperation");
        String base = "http://127.0.0.1:" + port;
        Browsers.signIn(chair, base, "chair", PASSWORD);
        chair.get(base + "/" + negotiation.console());
        WebDriverWait wait = new WebDriverWait(chair, Duration.ofSeconds(30), Duration.ofMillis(50));
        wait.until(browser -> !browser.findElements(By.id("silence-open")).isEmpty());
        Browsers.screenshot(chair, "console");

        chair.findElement(By.cssSelector("#silence-clauses vaadin-checkbox")).click();
        chair.findElement(By.id("silence-open")).click();
        wait.until(browser -> !browser.findElements(By.cssSelector(".countdown")).isEmpty());
        String first = countdown();
        assertThat(first).matches("3 d \\d\\d:\\d\\d:\\d\\d");
        long firstSeconds = remainingSeconds();
        new WebDriverWait(chair, Duration.ofSeconds(5), Duration.ofMillis(50))
                .until(browser -> !countdown().equals(first));
        assertThat(remainingSeconds()).as("the countdown decreases").isLessThan(firstSeconds);
        scrollTo(".countdown");
        Browsers.screenshot(chair, "console-silence-countdown");

        // the head of the Kazakh delegation objects to the clause under silence, in the workspace
        Browsers.signIn(head, base, "kaz.head", PASSWORD);
        head.get(base + "/negotiations/" + negotiation.id().value() + "?clause=" + negotiation.article().value());
        WebDriverWait headWait = new WebDriverWait(head, Duration.ofSeconds(30), Duration.ofMillis(50));
        headWait.until(browser -> negotiation.article().value().equals(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('clause-detail')?.getAttribute('data-clause')")));
        click(head, By.xpath("//vaadin-radio-group[@id='position-kind']//vaadin-radio-button[normalize-space(.)='objects']"));
        head.findElement(By.cssSelector("#position-statement textarea")).sendKeys("The water allocation must come first");
        long objected = System.nanoTime();
        click(head, By.id("declare-position"));
        new WebDriverWait(chair, Duration.ofSeconds(5), Duration.ofMillis(10))
                .until(browser -> outcome().startsWith("Broken by KAZ (Kazakhstan)"));
        long elapsedMillis = (System.nanoTime() - objected) / 1_000_000;

        assertThat(outcome()).endsWith("objection to Article 1. Purpose");
        assertThat(chair.findElements(By.cssSelector(".countdown"))).as("the countdown is gone").isEmpty();
        assertThat(elapsedMillis).as("milliseconds from the objection to the chair's console").isLessThan(1000);
        System.out.println("silence-broken-latency-ms=" + elapsedMillis);
        scrollTo(".silence-outcome");
        Browsers.screenshot(chair, "console-silence-broken");

        chair.manage().window().setSize(new Dimension(768, 1024));
        chair.findElement(By.id("jump-console-accreditation")).click();
        wait.until(browser -> Boolean.TRUE.equals(script(
                "return document.activeElement && document.activeElement.id === 'console-accreditation-heading'")));
        Browsers.screenshot(chair, "console-tablet");
    }

    static void click(WebDriver browser, By locator) {
        var element = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    String countdown() {
        return (String) script("return document.querySelector('.countdown').textContent");
    }

    long remainingSeconds() {
        return Long.parseLong((String) script("return document.querySelector('.countdown').dataset.remainingSeconds"));
    }

    String outcome() {
        Object text = script("const e = document.querySelector('.silence-outcome'); return e ? e.textContent : ''");
        return text == null ? "" : (String) text;
    }

    void scrollTo(String selector) {
        script("document.querySelector('" + selector + "').scrollIntoView({block: 'center'})");
    }

    Object script(String code) {
        return ((JavascriptExecutor) chair).executeScript(code);
    }
}
