package org.casework.api.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs) driven by Selenium, for the browser tests of the pages. One browser per test class; each has its own
 * empty profile, so its cookies (the login, the language) are its own.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("casework.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("casework.chromedriver", "/usr/bin/chromedriver");
    /** Where the README's screenshots are kept, from the api-gateway module's directory. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(int port, String language, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        try {
            this.profile = Files.createTempDirectory("casework-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    /** A desktop-sized browser whose Accept-Language is {@code language} (cs, hu or en). */
    public static Browser open(int port, String language) {
        return new Browser(port, language, 1280, 900);
    }

    /** A phone-sized browser, 360 CSS pixels wide. */
    public static Browser phone(int port, String language) {
        Browser browser = new Browser(port, language, 360, 740);
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens the page and, when it is the "one moment" page (the read models behind the user's last write, as on a
     * loaded machine), lets it reload itself until it is the page asked for.
     */
    public Browser go(String path) {
        driver.get(base + path);
        return awaitNotWaiting();
    }

    /** Opens the page and leaves it as the service answered it, the "one moment" page included. */
    public Browser goOnce(String path) {
        driver.get(base + path);
        return this;
    }

    /** True on the "one moment" page, which reloads itself once a second until the page can be shown. */
    public boolean waiting() {
        return !all("main[data-error='503'] [data-reload]").isEmpty();
    }

    private Browser awaitNotWaiting() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "still the \"one moment\" page at " + path()).until(d -> !waiting());
        return this;
    }

    /** Logs in by the form; every test user's password is {@code <name>-pw}. */
    public Browser login(String user) {
        return login(user, user + "-pw");
    }

    public Browser login(String user, String password) {
        go("/login");
        field("username").sendKeys(user);
        field("password").sendKeys(password);
        WebElement submit = driver.findElement(By.cssSelector("form button[type=submit]"));
        submit.click();
        // the answer (a page, the code step or the form again with its message) has replaced the form
        // (Chromium answers a button of a replaced page with "does not belong to the document", not as stale)
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> {
            try {
                submit.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
        return this;
    }

    public Browser logout() {
        driver.findElement(By.cssSelector("form.logout button")).click();
        return this;
    }

    /** The input, select or text area of that id. */
    public WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Puts {@code value} into the field of that id as a user would: types into text inputs and text areas, picks the
     * option of that value in a select, and sets date inputs to an ISO day (typing a date depends on the locale).
     */
    public Browser fill(String id, String value) {
        WebElement field = field(id);
        String tag = field.getTagName();
        String type = field.getAttribute("type");
        if ("select".equals(tag)) {
            new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
        } else if ("date".equals(type) || "month".equals(type) || "time".equals(type)) {
            script("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
        } else if ("checkbox".equals(type)) {
            if (field.isSelected() != Boolean.parseBoolean(value)) {
                field.click();
            }
        } else {
            field.clear();
            field.sendKeys(value);
        }
        return this;
    }

    /** Clicks the element and waits for the page it leads to to load. */
    public Browser click(String css) {
        find(css).click();
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to ten seconds for an element to be visible. */
    public WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits up to ten seconds for exactly {@code count} elements to match (a list after a filter, say) with no htmx
     * request still on its way (a field's change and the form's submit can each swap the list).
     */
    public Browser awaitCount(String css, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "expected " + count + " of " + css + ", found " + all(css).size())
                .until(d -> all(".htmx-request").isEmpty() && all(css).size() == count);
        return this;
    }

    /**
     * Waits up to ten seconds for the page to be at {@code path}: that path exactly (whatever the query), or, when
     * {@code path} has a query, a path and query that start with it; then, on the "one moment" page, until it has
     * reloaded itself into the page.
     */
    public Browser awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "expected " + path + ", at " + path())
                .until(d -> {
            String now = path();
            return path.contains("?") ? now.startsWith(path) : now.split("\\?", 2)[0].equals(path);
        });
        return awaitNotWaiting();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(base.length());
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** True when the page is wider than the window: the user would have to scroll sideways. */
    public boolean scrollsSideways() {
        Object wider = script("return document.documentElement.scrollWidth > window.innerWidth"
                + " || document.body.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** Saves the visible page as {@code docs/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the browser shows, for a failed test: the address and title (returned, for the test's output) and the
     * page's source and a screenshot under {@code target/browser-failures/<name>.{html,png}}.
     */
    String keepFailure(String name) {
        String shown = path() + " \"" + title() + "\"";
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            return shown + " (not kept: " + e.getMessage() + ")";
        }
        return shown;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the machine cleans it up
        }
    }
}
