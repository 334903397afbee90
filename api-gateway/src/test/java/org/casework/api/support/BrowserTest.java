package org.casework.api.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

/**
 * A browser test of the pages against the shared test service (the same one the HTTP tests use): browsers opened
 * with {@link #browser(String)} or {@link #phone(String)} are closed after each test. When a test fails, what each
 * of its browsers showed is printed and kept under {@code target/browser-failures/}.
 */
@ExtendWith(BrowserTest.KeepFailures.class)
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

    /** Runs before {@code @AfterEach}, while the failed test's browsers are still open. */
    static final class KeepFailures implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()
                    || !(context.getRequiredTestInstance() instanceof BrowserTest test)) {
                return;
            }
            for (int i = 0; i < test.opened.size(); i++) {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + (i + 1);
                System.out.println("Browser " + (i + 1) + " of the failed " + name + " showed "
                        + test.opened.get(i).keepFailure(name));
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        opened.forEach(Browser::close);
        opened.clear();
    }
}
