package org.atriumcrm.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.rules.TestWatcher;
import org.junit.rules.Verifier;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through chromedriver, both from the system (Debian's chromium
 * and chromium-driver), so no driver is downloaded. Screenshots go to target/ui-screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("atrium.screenshots", "target/ui-screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(40);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    static Browser headlessChromium() {
        Path chromium = Path.of(System.getProperty("atrium.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("atrium.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The UI tests need " + chromium + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // --no-sandbox: CI runs as root; the English UI unless a test switches it
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement clickable(String css) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    void click(String css) {
        clickable(css).click();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits longer than usual for what comes in its own time (a sweep of the scheduler …). */
    <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    void untilText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Fails a test whose pages had something refused by the content security policy: the browser only
     * reports it on the console, and the page silently lacks the refused script or style.
     */
    Verifier keptToTheContentSecurityPolicy() {
        return new Verifier() {
            @Override
            protected void verify() {
                List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy")).toList();
                if (!refused.isEmpty()) {
                    throw new AssertionError("Refused by the content security policy: " + refused);
                }
            }
        };
    }

    /** Saves a screenshot and prints the page's console when a test fails, to see what the user saw. */
    TestWatcher onFailure() {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                try {
                    System.err.println("Screenshot of the failure: " + screenshot("failed-" + description.getMethodName()));
                    System.err.println("Address: " + driver.getCurrentUrl());
                    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                        System.err.println("console: " + entry);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the failure itself is what matters
                }
            }
        };
    }

    /** Opens Atrium, signs in as this user and waits for the menu entry of {@code route}. */
    void signIn(String homePage, String username, String password, String route) {
        open(homePage);
        type("#username", username);
        type("#password", password);
        click(".sign-in button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(navLink(route))));
    }

    /**
     * Goes to a page through the top bar as a user does: opens the menu holding its entry (and,
     * on a narrow screen, the one menu button first), then follows the link.
     */
    void navigate(String route) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(navLink(route))));
        if (!link.isDisplayed()) {
            WebElement toggle = driver.findElement(By.cssSelector(".menu-toggle"));
            if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
            Object menu = script("return arguments[0].closest('[role=menu]')?.id ?? null", link);
            if (menu != null && !link.isDisplayed()) {
                click("button[aria-controls='" + menu + "']");
            }
        }
        click(navLink(route));
    }

    private static String navLink(String route) {
        return "nav a[data-route='" + route + "']";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
