package id.patuh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's chromium, headless, as a person's browser: screenshots and the DOM it built. Every run
 * has its own profile and a time limit, and is killed if it hangs.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path work;

    HeadlessChromium(Path work) {
        this.work = work;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    void screenshot(String url, Path png, int width, int height) throws Exception {
        Files.createDirectories(png.getParent());
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url);
    }

    String dumpDom(String url) throws Exception {
        return run("--dump-dom", url);
    }

    private String run(String... args) throws Exception {
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = profile.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(profile.resolve("stderr.txt").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited " + process.exitValue() + ": "
                    + Files.readString(profile.resolve("stderr.txt")));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The opening tag of the element with this {@code data-testid}. */
    static String tag(String dom, String testId) {
        Matcher m = Pattern.compile("<[^>]*\\bdata-testid=\"" + Pattern.quote(testId) + "\"[^>]*>").matcher(dom);
        if (!m.find()) {
            throw new AssertionError("no element with data-testid=\"" + testId + "\" in the DOM");
        }
        return m.group();
    }

    static String attribute(String dom, String testId, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag(dom, testId));
        return m.find() ? m.group(1) : null;
    }

    /** The text directly inside the element, up to its first child tag. */
    static String text(String dom, String testId) {
        int start = dom.indexOf(tag(dom, testId)) + tag(dom, testId).length();
        return dom.substring(start, dom.indexOf('<', start)).replace("&amp;", "&").strip();
    }
}
