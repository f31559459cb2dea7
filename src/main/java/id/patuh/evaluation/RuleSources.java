package id.patuh.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the rule files of a folder, or of the copy packaged in the jar, and names the rule set's
 * version after their content.
 */
final class RuleSources {

    static final String PACKAGED_LOCATION = "classpath*:patuh/rules/*";

    private static final List<String> TABLE_SUFFIXES = List.of(".drl.csv", ".drl.xls", ".drl.xlsx");
    private static final List<String> SPREADSHEET_SUFFIXES = List.of(".csv", ".xls", ".xlsx");

    private RuleSources() {
    }

    /** One rule file: a DRL file or a decision table. */
    record RuleSource(String name, byte[] content) {

        boolean isTable() {
            return TABLE_SUFFIXES.stream().anyMatch(lowerName()::endsWith);
        }

        boolean isCsv() {
            return lowerName().endsWith(".csv");
        }

        private String lowerName() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    static List<RuleSource> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleCompilationException(List.of(new RuleProblem(dir.toString(), 0,
                    "folder aturan tidak ditemukan / rules folder not found")));
        }
        try (var files = Files.list(dir)) {
            List<RuleSource> sources = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sources.add(new RuleSource(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return select(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder aturan tidak dapat dibaca / cannot read rules folder " + dir, e);
        }
    }

    static List<RuleSource> packaged() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKAGED_LOCATION);
            List<RuleSource> sources = new ArrayList<>();
            for (Resource r : Arrays.stream(resources).filter(Resource::isReadable)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                sources.add(new RuleSource(r.getFilename(), r.getContentAsByteArray()));
            }
            return select(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("Aturan bawaan tidak dapat dibaca / cannot read packaged rules", e);
        }
    }

    /**
     * Keeps DRL files and decision tables. A spreadsheet without {@code .drl.} in its name is
     * refused rather than skipped: Drools would build it "successfully" with zero rules, and a
     * severity table that silently stops applying is worse than a failed reload.
     */
    static List<RuleSource> select(List<RuleSource> all) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> rules = new ArrayList<>();
        for (RuleSource source : all) {
            String lower = source.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".drl") || source.isTable()) {
                rules.add(source);
            } else if (SPREADSHEET_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                problems.add(new RuleProblem(source.name(), 0, "tabel keputusan harus bernama *.drl.csv, "
                        + "*.drl.xls atau *.drl.xlsx, jika tidak Drools mengabaikannya / a decision table must "
                        + "be named *.drl.csv, *.drl.xls or *.drl.xlsx, else Drools loads zero rules from it"));
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem("(folder)", 0, "tidak ada berkas aturan / no rule files (*.drl, *.drl.csv)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return List.copyOf(rules);
    }

    /** SHA-256 (12 hex) of the sorted names and contents: equal folders have equal versions. */
    static String version(List<RuleSource> sources) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (RuleSource source : sources.stream().sorted(Comparator.comparing(RuleSource::name)).toList()) {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.content());
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
