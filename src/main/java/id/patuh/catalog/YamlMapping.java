package id.patuh.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import id.patuh.messages.Text;

/**
 * A YAML mapping read through SnakeYAML's node tree, so that every value keeps its line
 * and every problem can name file, line and field. Problems go to {@link ProblemSink}; the
 * readers return null or empty values so that one pass reports every problem of a file.
 */
final class YamlMapping {

    private final MappingNode node;
    private final String path;
    private final ProblemSink problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlMapping(MappingNode node, String path, ProblemSink problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (values.containsKey(key)) {
                problems.add(line(tuple.getKeyNode()), field(key),
                        new Text("catalog.yaml.key-twice"));
            }
            values.put(key, tuple.getValueNode());
            keyLines.put(key, line(tuple.getKeyNode()));
        }
    }

    /** Reports every key that is not one of {@code allowed}. */
    void rejectUnknownKeys(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(keyLines.get(key), field(key),
                        new Text("catalog.yaml.key-unknown", allowed.toString()));
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        return keyLines.getOrDefault(key, line());
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ProblemSink problems() {
        return problems;
    }

    String string(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(line(value), field(key), new Text("catalog.yaml.text"));
            return null;
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? null : text;
    }

    String requiredString(String key) {
        String text = string(key);
        if (text == null) {
            problems.add(line(key), field(key), new Text("catalog.yaml.required"));
        }
        return text;
    }

    Integer integer(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(line(key), field(key), new Text("catalog.yaml.whole-number", text));
            return null;
        }
    }

    List<String> strings(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(line(value), field(key), new Text("catalog.yaml.list"));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.add(line(item), field(key), new Text("catalog.yaml.list-items-text"));
            }
        }
        return result;
    }

    /** Line of the {@code index}-th item of a list value, for problems about that item. */
    int itemLine(String key, int index) {
        if (values.get(key) instanceof SequenceNode sequence && index < sequence.getValue().size()) {
            return line(sequence.getValue().get(index));
        }
        return line(key);
    }

    YamlMapping mapping(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof MappingNode mapping) {
            return new YamlMapping(mapping, field(key), problems);
        }
        problems.add(line(value), field(key), new Text("catalog.yaml.key-value-mapping"));
        return null;
    }

    List<YamlMapping> mappings(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(line(value), field(key), new Text("catalog.yaml.list"));
            return List.of();
        }
        List<YamlMapping> result = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MappingNode mapping) {
                result.add(new YamlMapping(mapping, field(key) + "[" + i + "]", problems));
            } else {
                problems.add(line(items.get(i)), field(key) + "[" + i + "]",
                        new Text("catalog.yaml.mapping"));
            }
        }
        return result;
    }

    /** The mapping as plain Java values (text, lists, maps), for free-form documentary parts. */
    Map<String, Object> toPlainMap() {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key, plain(value)));
        return result;
    }

    Set<String> keys() {
        return new LinkedHashSet<>(values.keySet());
    }

    private static Object plain(Node value) {
        if (isNull(value)) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(YamlMapping::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) value).getValue()) {
            map.put(((ScalarNode) tuple.getKeyNode()).getValue(), plain(tuple.getValueNode()));
        }
        return map;
    }

    private static boolean isNull(Node value) {
        return Tag.NULL.equals(value.getTag());
    }

    static int line(Node value) {
        return value.getStartMark().getLine() + 1;
    }
}
