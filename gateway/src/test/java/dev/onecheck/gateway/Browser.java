package dev.onecheck.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Debian's headless Chromium, driven through its chromedriver, for the gateway's pages: what a person sees (screenshots
 * under {@code target/screenshots}), what the page loaded and logged, and axe-core's accessibility check. No driver or
 * browser is downloaded (Selenium Manager is not asked): {@code .ci/run} installs the packages; on a machine without
 * them the page tests are skipped, except in CI ({@code CI} set), where they fail.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The standards the pages are held to: WCAG 2.1 A and AA. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser with an empty profile, {@code width} CSS pixels wide (375: a phone). */
    public static Browser open(int width) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("onecheck-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            // The flags that keep Chromium off the network it cannot reach here (it would try Google's hosts at start).
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=" + width + ",900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, 900));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void get(String url) {
        driver.get(url);
    }

    /** The first element matching {@code css}, once it is displayed (at most 30 s: a cold JIT on a busy machine). */
    public WebElement await(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits (at most 30 s) until {@code condition} gives something other than null or false, and returns it. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every resource the page loaded (scripts, styles, fonts, fetches) whose address is not on {@code origin}. */
    @SuppressWarnings("unchecked")
    public List<String> resourcesNotFrom(String origin) {
        List<String> loaded = (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)");
        return loaded.stream().filter(url -> !url.startsWith(origin + "/")).toList();
    }

    /** What the page logged as an error, CSP refusals included. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** axe-core's WCAG 2.1 A/AA violations on the page as it is now, each as "rule (impact): [target html, …]". */
    public List<String> accessibilityViolations() {
        List<Rule> violations = new AxeBuilder().withTags(WCAG).analyze(driver).getViolations();
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(node -> node.getTarget() + " " + abbreviate(node.getHtml())).limit(3).toList()).toList();
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }

    /** A PNG of the viewport, kept as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
