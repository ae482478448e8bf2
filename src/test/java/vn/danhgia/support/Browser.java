package vn.danhgia.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Headless Chromium driving the application of a {@link BrowserTest}: Debian's /usr/bin/chromium and
 * /usr/bin/chromedriver (so Selenium Manager never downloads a browser or driver), a fresh profile, no network of
 * its own. Started on first use and quit with the test context. Helpers take CSS selectors and wait for what they act on
 * (never sleep); {@link #login} signs a demo account in through the real form after giving it a known password.
 */
@TestComponent
public class Browser implements DisposableBean {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final String CHROMIUM = System.getProperty("danhgia.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("danhgia.chromedriver", "/usr/bin/chromedriver");
    private static final String PASSWORD = "browser-test-password";
    private static final int CLICK_ATTEMPTS = 5;
    private static final String ON_TOP = """
            arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});
            const box = arguments[0].getBoundingClientRect();
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return top !== null && (top === arguments[0] || arguments[0].contains(top));""";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private ChromeDriver driver;
    private Path profile;

    Browser(Environment environment, JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** The driver itself, for what the helpers do not cover. */
    public ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /** Opens a path of the application ({@code /progress?status=LATE}). */
    public Browser open(String path) {
        driver().get(baseUrl() + path);
        return this;
    }

    /**
     * Signs the account in through the login form, first signing out whoever was signed in. Demo passwords are random,
     * so the account gets a known one here.
     */
    public Browser login(String username) {
        int changed = jdbc.update("update user_account set password_hash = ? where username = ?",
                passwords.encode(PASSWORD), username);
        if (changed != 1) {
            throw new IllegalArgumentException("no account " + username);
        }
        driver().manage().deleteAllCookies();
        open("/login");
        type("#username", username);
        type("#password", PASSWORD);
        click("form[action$='/login'] button[type=submit]");
        waitUntil(ExpectedConditions.textToBe(By.id("signed-in-user"), username));
        return this;
    }

    public WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /**
     * Clicks the element after scrolling it to the middle of the window at once (Bootstrap scrolls smoothly). On a
     * busy machine a wide table may still be laying out when the click lands, and Chromium reports another element in
     * the way; the click is tried again once the element is the one on top at its centre.
     */
    public Browser click(String css) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        for (int attempt = 1; ; attempt++) {
            driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            try {
                element.click();
                return this;
            } catch (ElementClickInterceptedException covered) {
                if (attempt == CLICK_ATTEMPTS) {
                    throw covered;
                }
                waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(ON_TOP, element)));
            }
        }
    }

    /**
     * Clicks a button that sends a form and waits until the next page has loaded. The old page is marked with a script
     * variable that the next page does not have; waiting for an old element to go stale instead fails now and then,
     * because Chromium may answer "node does not belong to the document" rather than "stale" while it navigates.
     */
    public Browser submit(String css) {
        driver().executeScript("window.danhgiaPageBeforeSubmit = true;");
        click(css);
        new WebDriverWait(driver(), PATIENCE).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(
                        "return window.danhgiaPageBeforeSubmit !== true && document.readyState === 'complete';")));
        return this;
    }

    /** Replaces the field's text. */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option with this visible text in a select. */
    public Browser select(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses the option with this value in a select (for options labelled with names that may repeat). */
    public Browser selectValue(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits until the page at a path whose start matches has loaded (after a click that navigates). */
    public Browser waitForPath(String pathStart) {
        waitUntil(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(baseUrl() + pathStart)));
        return this;
    }

    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), PATIENCE).until(condition);
    }

    /** Saves the visible page as target/browser-screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    private ChromeDriver start() {
        try {
            profile = Files.createTempDirectory("danhgia-chromium-");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        // Keeps the page's console messages, so a journey can check that a script ran without errors.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
