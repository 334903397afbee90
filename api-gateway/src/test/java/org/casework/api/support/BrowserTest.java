package org.casework.api.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

/**
 * A browser test of the pages against the shared test service (the same one the HTTP tests use): browsers opened
 * with {@link #browser(String)} or {@link #phone(String)} are closed after each test.
 */
public abstract class BrowserTest extends ApiTest {

    @LocalServerPort
    private int webPort;
    private final List<Browser> opened = new ArrayList<>();

    protected Browser browser(String language) {
        Browser browser = Browser.open(webPort, language);
        opened.add(browser);
        return browser;
    }

    protected Browser browser() {
        return browser("en");
    }

    protected Browser phone(String language) {
        Browser browser = Browser.phone(webPort, language);
        opened.add(browser);
        return browser;
    }

    /** The pages over plain HTTP, without a browser. */
    protected PageSession pages(String language) {
        return PageSession.at(webPort, language);
    }

    @AfterEach
    void closeBrowsers() {
        opened.forEach(Browser::close);
        opened.clear();
    }
}
