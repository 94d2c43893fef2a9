package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real browsers on the demo negotiation: the chair adds an article and the head of the
 * Kazakh delegation sees it appear without reloading, within one second.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + LiveArticleJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class LiveArticleJourneyTest {

    static final String PASSWORD = "journey-password";
    static final String NEGOTIATION = "/negotiations/c5-security-charter";

    @LocalServerPort
    int port;

    WebDriver chair;
    WebDriver delegation;

    @BeforeEach
    void openBrowsers() {
        chair = Browsers.open();
        delegation = Browsers.open();
    }

    @AfterEach
    void closeBrowsers() {
        if (chair != null) {
            chair.quit();
        }
        if (delegation != null) {
            delegation.quit();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void an_article_added_by_the_chair_appears_in_the_other_browser_within_one_second() {
        chair.get(baseUrl() + "/login");
        new WebDriverWait(chair, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        Browsers.screenshot(chair, "login");

        Browsers.signIn(chair, baseUrl(), "chair", PASSWORD);
        waitForArticles(chair, 6);
        Browsers.screenshot(chair, "negotiations");
        Browsers.signIn(delegation, baseUrl(), "kaz.head", PASSWORD);

        chair.get(baseUrl() + NEGOTIATION);
        delegation.get(baseUrl() + NEGOTIATION);
        waitForArticles(chair, 6);
        waitForArticles(delegation, 6);
        assertThat(delegation.findElements(By.id("add-article")))
                .as("a delegation has no control to add an article")
                .allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());

        chair.findElement(By.cssSelector("#new-article-heading input"))
                .sendKeys("Settlement of disputes");
        chair.findElement(By.cssSelector("#new-article-text textarea"))
                .sendKeys("The Parties shall settle any dispute concerning this Charter by consultation.");
        WebElement add = chair.findElement(By.id("add-article"));

        long clicked = System.nanoTime();
        add.click();
        new WebDriverWait(delegation, Duration.ofSeconds(5), Duration.ofMillis(10))
                .until(browser -> headings(browser).stream().anyMatch(h -> h.contains("Settlement of disputes")));
        long elapsedMillis = (System.nanoTime() - clicked) / 1_000_000;

        assertThat(headings(delegation)).last().asString()
                .isEqualTo("Article 7. Settlement of disputes");
        assertThat(elapsedMillis).as("milliseconds from the chair's click to the article in the other browser")
                .isLessThan(1000);
        System.out.println("live-article-latency-ms=" + elapsedMillis);
        ((JavascriptExecutor) delegation).executeScript(
                "document.querySelector('#articles .article:last-child').scrollIntoView({block: 'center'})");
        Browsers.screenshot(delegation, "negotiation-live");
    }

    static void waitForArticles(WebDriver browser, int atLeast) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.cssSelector("#articles .article")).size() >= atLeast
                        || b.findElements(By.cssSelector("#negotiations vaadin-grid-cell-content a")).size() >= 1);
    }

    /** Read in one script call: the list is re-rendered live, so element handles may go stale. */
    @SuppressWarnings("unchecked")
    static List<String> headings(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#articles .article h3')).map(e => e.textContent)");
    }
}
