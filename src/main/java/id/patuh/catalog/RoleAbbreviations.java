package id.patuh.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import id.patuh.messages.Text;

/**
 * The standard abbreviations of Indonesian job titles ({@code Kasi} = {@code Kepala Seksi}), as
 * data an administrator extends: {@code config/role-abbreviations.yaml}, one line per full form
 * with its other spellings. Titles and SOP role names are both turned into {@link #words} before
 * they are compared, so neither the log's spelling nor the catalog's decides. A broken file is a
 * {@link CatalogValidationException} naming file and line, like a broken SOP file.
 */
@NamedInterface("api")
public final class RoleAbbreviations {

    /** Where the file is looked for, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "role-abbreviations.yaml");

    static final String PACKAGED = "patuh/config/role-abbreviations.yaml";

    /** The field a problem of the file names: the file is one list, its lines say where. */
    private static final String FIELD = "(singkatan)";

    /** Case, spacing and punctuation do not matter: only letters and digits make words. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static final RoleAbbreviations NONE = new RoleAbbreviations("(tanpa singkatan / none)", List.of());

    private final String source;
    private final List<Expansion> expansions;

    /** One other spelling and the full form's words it stands for. */
    private record Expansion(List<String> variant, List<String> full) {
    }

    private RoleAbbreviations(String source, List<Expansion> expansions) {
        this.source = source;
        this.expansions = expansions.stream()
                .sorted(Comparator.comparingInt((Expansion e) -> e.variant().size()).reversed()).toList();
    }

    /**
     * The file when it exists, else the copy packed into the jar, else no abbreviations.
     *
     * @throws CatalogValidationException naming file and line when the file is broken
     */
    public static RoleAbbreviations load(Path file) {
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(file.toString(), reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        InputStream packed = RoleAbbreviations.class.getClassLoader().getResourceAsStream(PACKAGED);
        if (packed == null) {
            return NONE;
        }
        try (Reader reader = new InputStreamReader(packed, StandardCharsets.UTF_8)) {
            return read("classpath:" + PACKAGED, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws CatalogValidationException with every problem of the file, each with its line */
    public static RoleAbbreviations read(String name, Reader reader) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            throw problem(name, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    new Text("catalog.abbreviations.yaml-invalid", e.getProblem()));
        } catch (YAMLException e) {
            throw problem(name, 0, new Text("catalog.abbreviations.yaml-invalid", e.getMessage()));
        }
        if (root == null) {
            return new RoleAbbreviations(name, List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw problem(name, line(root), new Text("catalog.abbreviations.not-a-mapping"));
        }
        return new RoleAbbreviations(name, expansions(name, mapping));
    }

    private static List<Expansion> expansions(String name, MappingNode mapping) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<List<String>, String> seen = new HashMap<>();
        List<Expansion> expansions = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            List<String> full = scalarWords(tuple.getKeyNode());
            List<Node> variants = tuple.getValueNode() instanceof SequenceNode list ? list.getValue()
                    : List.of(tuple.getValueNode());
            if (full.isEmpty()) {
                problems.add(CatalogProblem.of(name, line(tuple.getKeyNode()), FIELD,
                        new Text("catalog.abbreviations.full-form-empty")));
                continue;
            }
            for (Node node : variants) {
                List<String> variant = scalarWords(node);
                String previous = seen.putIfAbsent(variant, String.join(" ", full));
                if (variant.isEmpty()) {
                    problems.add(CatalogProblem.of(name, line(node), FIELD,
                            new Text("catalog.abbreviations.variant-empty")));
                } else if (previous != null && !previous.equals(String.join(" ", full))) {
                    problems.add(CatalogProblem.of(name, line(node), FIELD,
                            new Text("catalog.abbreviations.variant-twice", String.join(" ", variant), previous)));
                } else if (!variant.equals(full)) {
                    expansions.add(new Expansion(variant, full));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        return expansions;
    }

    private static List<String> scalarWords(Node node) {
        return node instanceof ScalarNode scalar ? split(scalar.getValue()) : List.of();
    }

    private static CatalogValidationException problem(String name, int line, Text message) {
        return new CatalogValidationException(List.of(CatalogProblem.of(name, line, FIELD, message)));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** Lower-case words of the text, punctuation and spacing dropped; no abbreviation is spelled out. */
    static List<String> split(String text) {
        String plain = NOT_A_WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /**
     * The words of a title or role name with every abbreviation spelled out, the longest one first
     * at each position: {@code "KASUBAG. Umum"} gives {@code [kepala, sub, bagian, umum]}.
     */
    List<String> words(String text) {
        List<String> words = split(text);
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Expansion match = matchAt(words, i);
            if (match == null) {
                result.add(words.get(i++));
            } else {
                result.addAll(match.full());
                i += match.variant().size();
            }
        }
        return List.copyOf(result);
    }

    private Expansion matchAt(List<String> words, int at) {
        for (Expansion e : expansions) {
            int end = at + e.variant().size();
            if (end <= words.size() && words.subList(at, end).equals(e.variant())) {
                return e;
            }
        }
        return null;
    }

    /** The file the list was read from, for logs. */
    public String source() {
        return source;
    }

    /** How many other spellings the list knows. */
    public int size() {
        return expansions.size();
    }

    @Override
    public String toString() {
        return "RoleAbbreviations[" + source + ", " + expansions.size() + "]";
    }
}
