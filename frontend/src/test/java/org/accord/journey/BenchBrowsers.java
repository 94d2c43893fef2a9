package org.accord.journey;

import org.openqa.selenium.WebDriver;

/** The journeys' Chromium sessions, for the benchmark harnesses in other packages. */
public final class BenchBrowsers {

    private BenchBrowsers() {
    }

    public static WebDriver open() {
        return Browsers.open();
    }

    public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
        Browsers.signIn(browser, baseUrl, username, password);
    }
}
