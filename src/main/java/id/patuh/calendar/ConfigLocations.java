package id.patuh.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the calendar files. A folder or file in the working directory wins; when it does not
 * exist the copies the build packed under {@code patuh/config/} are used, so that
 * {@code java -jar patuh.jar} works from any folder.
 */
final class ConfigLocations {

    static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.ya?ml");
    private static final String CLASSPATH_HOLIDAYS = "patuh/config/holidays/";
    private static final String CLASSPATH_UNITS = "patuh/config/calendars.yaml";

    private ConfigLocations() {
    }

    /** One file per year, ordered by file name; files not named like {@code 2024.yaml} are skipped. */
    static List<ConfigFile> holidayFiles(Path dir) {
        List<ConfigFile> files = Files.isDirectory(dir) ? onDisk(dir) : onClasspath();
        return files.stream()
                .filter(file -> YEAR_FILE.matcher(file.fileName()).matches())
                .sorted(Comparator.comparing(ConfigFile::fileName))
                .toList();
    }

    static Optional<ConfigFile> unitsFile(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.of(new ConfigFile(file.toString(), new FileSystemResource(file)));
        }
        ClassPathResource packed = new ClassPathResource(CLASSPATH_UNITS);
        return packed.exists() ? Optional.of(new ConfigFile("classpath:" + CLASSPATH_UNITS, packed)) : Optional.empty();
    }

    private static List<ConfigFile> onDisk(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> new ConfigFile(path.toString(), new FileSystemResource(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discovers the packed years; the first copy of a file name wins, as on a classpath. */
    private static List<ConfigFile> onClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + CLASSPATH_HOLIDAYS + "*.y*ml");
            Map<String, ConfigFile> byName = new LinkedHashMap<>();
            for (Resource resource : found) {
                String name = resource.getFilename();
                byName.putIfAbsent(name, new ConfigFile("classpath:" + CLASSPATH_HOLIDAYS + name, resource));
            }
            return new ArrayList<>(byName.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
