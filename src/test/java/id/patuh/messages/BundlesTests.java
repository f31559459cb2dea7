package id.patuh.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundles stay whole: every key in both languages with the same arguments, no key in two
 * bundles, no lone apostrophe (it would swallow text in {@link java.text.MessageFormat}), and
 * every key the code or a template names exists.
 */
class BundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A key written as a literal where the code asks for words. */
    private static final Pattern KEY_IN_JAVA = Pattern.compile(
            "(?:Texts\\.(?:id|en|both|current)\\(|Texts\\.in\\([^,()]+,\\s*|new Text\\(|Text\\.of\\()\\s*\"([a-z][\\w.-]*)\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][\\w.-]*)");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        for (String bundle : Texts.BUNDLES) {
            Properties id = load(BUNDLES.resolve(bundle + ".properties"));
            Properties en = load(BUNDLES.resolve(bundle + "_en.properties"));
            assertThat(en.stringPropertyNames()).as("keys of %s_en = keys of %s", bundle, bundle)
                    .containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
            for (String key : id.stringPropertyNames()) {
                assertThat(arguments(en.getProperty(key))).as("arguments of %s in %s_en", key, bundle)
                        .isEqualTo(arguments(id.getProperty(key)));
            }
        }
    }

    @Test
    void keysBelongToTheirBundleAndToNoOther() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : Texts.BUNDLES) {
            String prefix = bundle.split("-")[0] + ".";
            for (String key : load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames()) {
                assertThat(key).as("key in %s", bundle).startsWith(prefix);
                String before = owner.put(key, bundle);
                assertThat(before).as("%s is in %s and %s", key, before, bundle).isNull();
            }
        }
    }

    @Test
    void apostrophesAreDoubled() throws IOException {
        List<String> lone = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            for (String language : List.of(".properties", "_en.properties")) {
                Properties texts = load(BUNDLES.resolve(bundle + language));
                texts.stringPropertyNames().stream()
                        .filter(key -> texts.getProperty(key).replace("''", "").contains("'"))
                        .forEach(key -> lone.add(bundle + language + ": " + key));
            }
        }
        assertThat(lone).as("write a literal apostrophe as ''").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : Texts.BUNDLES) {
            known.addAll(load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", KEY_IN_JAVA, known, missing);
        scan(Path.of("src/main/resources/templates"), ".html", KEY_IN_TEMPLATE, known, missing);
        assertThat(missing).as("keys named in code or templates but in no bundle").isEmpty();
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + root.relativize(file) + ")");
                    }
                }
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
