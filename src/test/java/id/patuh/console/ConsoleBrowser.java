package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven through Debian's chromedriver (Selenium never downloads a browser
 * here), headless, in a 1366x768 window like an office laptop. Screenshots go under the build
 * directory ({@code target/console-screenshots}). On CI (CI=true) a missing browser fails the
 * test; on a developer's machine it skips it.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Surefire points java.io.tmpdir at {build dir}/tmp, so its parent is target/ (or -Dpatuh.build.dir). */
    static final Path BUILD_DIR = Path.of(System.getProperty("java.io.tmpdir")).getParent();
    static final Path SCREENSHOTS = BUILD_DIR.resolve("console-screenshots");

    private final WebDriver driver;
    private final String base;

    private ConsoleBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips (developer machine) or fails (CI) when the browser is missing. */
    static void requireBrowser() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed()).as("CI installs chromium and chromium-driver (.ci/run)").isTrue();
        } else {
            assumeTrue(installed(), "chromium / chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
    }

    static ConsoleBrowser open(int port) throws IOException {
        requireBrowser();
        Path profile = Files.createTempDirectory(Files.createDirectories(BUILD_DIR.resolve("chromium")), "console-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=id", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + profile);
        // headless Chromium asks for en-US whatever --lang says; the console answers Accept-Language,
        // and the tests read the Indonesian pages a user here gets
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new ConsoleBrowser(driver, "http://127.0.0.1:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    ConsoleBrowser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the form, as a person would; lands on the console's start page. */
    ConsoleBrowser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.tagName("body"));
        return this;
    }

    WebElement find(By by) {
        return waitFor(by);
    }

    WebElement byTestId(String id) {
        return waitFor(By.cssSelector("[data-testid='" + id + "']"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text} (htmx swaps arrive asynchronously). */
    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Emulates a screen through DevTools ({@code Emulation.setDeviceMetricsOverride}): the page is
     * laid out for exactly this viewport, and a mobile one honours the page's viewport meta as a
     * phone does. A window size alone would not give a 390 px wide page on every platform.
     */
    ConsoleBrowser viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    /** Runs JavaScript in the page and returns what it returns (numbers as Long/Double, objects as Maps). */
    Object script(String javascript, Object... args) {
        return ((ChromeDriver) driver).executeScript(javascript, args);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves the visible page under target/console-screenshots/{name}.png and returns the file. */
    Path screenshot(String name) throws IOException {
        return screenshotTo(SCREENSHOTS.resolve(name + ".png"));
    }

    /** Saves the visible page (the viewport, as the person sees it) to this file. */
    Path screenshotTo(Path png) throws IOException {
        Files.createDirectories(png.getParent());
        Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, png, StandardCopyOption.REPLACE_EXISTING);
        return png;
    }

    /**
     * Saves the whole page, beyond the viewport, at the current viewport's width (DevTools
     * {@code captureBeyondViewport}; at most 8000 px tall): the cards of a long list on a phone.
     */
    @SuppressWarnings("unchecked")
    Path fullPageTo(Path png) throws IOException {
        ChromeDriver chrome = (ChromeDriver) driver;
        java.util.Map<String, Object> size = (java.util.Map<String, Object>) chrome
                .executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        String data = (String) chrome.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png",
                "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0, "y", 0, "width", width,
                        "height", height, "scale", 1))).get("data");
        Files.createDirectories(png.getParent());
        return Files.write(png, java.util.Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
