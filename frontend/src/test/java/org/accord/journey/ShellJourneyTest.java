package org.accord.journey;

import org.accord.AccordApplication;
import org.accord.testing.FreshDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell in a real browser at tablet width, in Almaty's time zone: nothing scrolls sideways,
 * the language switch turns the page Russian in place, and the choice outlives the session.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.demo.enabled=true", "accord.demo.password=" + LiveArticleJourneyTest.PASSWORD})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ShellJourneyTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void at_tablet_width_a_head_of_delegation_switches_to_russian_and_reads_deadlines_in_their_own_zone() {
        browser = Browsers.inTimeZone("Asia/Almaty");
        browser.manage().window().setSize(new Dimension(768, 1024));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browsers.signIn(browser, baseUrl(), "kaz.head", LiveArticleJourneyTest.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#negotiations vaadin-grid-cell-content a")));
        assertThat(text("signed-in-role")).isEqualTo("Head of delegation");
        assertNoSidewaysScroll();
        Browsers.screenshot(browser, "negotiations-tablet");

        browser.findElement(By.id("language")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Русский']"))).click();
        wait.until(b -> "Глава делегации".equals(text("signed-in-role")));
        assertThat(script("return document.documentElement.lang")).isEqualTo("ru");
        assertThat((String) script("return document.cookie")).contains("accord-language=ru");
        assertThat(browser.getCurrentUrl()).as("still on the list").isEqualTo(baseUrl() + "/");

        browser.get(baseUrl() + LiveArticleJourneyTest.NEGOTIATION);
        wait.until(b -> text("procedure").contains("Порядок принятия решений"));
        wait.until(b -> text("procedure").contains("(Asia/Almaty)"));
        assertNoSidewaysScroll();
        Browsers.screenshot(browser, "negotiation-tablet-ru");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(b -> b.getPageSource().contains("Согласование текста хартии между государствами"));
    }

    @Test
    void at_tablet_width_the_board_and_the_workspace_fit_and_the_matrix_scrolls_within_itself() {
        browser = Browsers.inTimeZone("Asia/Almaty");
        browser.manage().window().setSize(new Dimension(768, 1024));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browsers.signIn(browser, baseUrl(), "un.observer", LiveArticleJourneyTest.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#negotiations vaadin-grid-cell-content a")));

        browser.get(baseUrl() + LiveArticleJourneyTest.NEGOTIATION + "/board");
        wait.until(b -> !b.findElements(By.cssSelector("#board-table tbody tr")).isEmpty());
        wait.until(b -> Boolean.TRUE.equals(script("const c = document.getElementById('agreement-chart');"
                + " return !!(c && c.shadowRoot && c.shadowRoot.querySelector('canvas'));")));
        assertNoSidewaysScroll();
        Number matrix = (Number) script("const m = document.getElementById('board-matrix');"
                + " return m.getBoundingClientRect().right - document.documentElement.clientWidth;");
        assertThat(matrix.intValue()).as("the matrix ends within the page by so many pixels").isLessThanOrEqualTo(0);
        assertThat(script("return getComputedStyle(document.getElementById('board-matrix')).overflowX")).isEqualTo("auto");
        Browsers.screenshot(browser, "board-tablet");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));

        Browsers.signIn(browser, baseUrl(), "kaz.head", LiveArticleJourneyTest.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#negotiations vaadin-grid-cell-content a")));
        browser.get(baseUrl() + LiveArticleJourneyTest.NEGOTIATION);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clause-detail")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("position-kind")));
        assertNoSidewaysScroll();
        Browsers.screenshot(browser, "workspace-tablet");
    }

    String text(String id) {
        return browser.findElements(By.id(id)).stream().findFirst().map(e -> e.getText()).orElse("");
    }

    Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    void assertNoSidewaysScroll() {
        Number overflow = (Number) script("const d = document.documentElement; return d.scrollWidth - d.clientWidth;");
        assertThat(overflow.intValue()).as("the page scrolls sideways by so many pixels").isLessThanOrEqualTo(0);
        Number grid = (Number) script("const g = document.getElementById('negotiations');"
                + " if (!g) return 0; const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth;");
        assertThat(grid.intValue()).as("the list scrolls sideways by so many pixels").isLessThanOrEqualTo(0);
    }
}
