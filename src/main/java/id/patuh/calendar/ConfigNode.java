package id.patuh.calendar;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import id.patuh.messages.Text;

/**
 * A YAML node with the file and field path it came from. The files are read as a node tree
 * (not bound to objects) precisely so that every error can point at a line.
 */
record ConfigNode(String file, String field, Node node) {

    static ConfigNode parse(String file, Reader reader) {
        try {
            Node root = new Yaml().compose(reader);
            if (root == null) {
                throw new CalendarConfigException(file, 1, "(berkas)", new Text("calendar.config.empty"));
            }
            return new ConfigNode(file, "", root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            throw new CalendarConfigException(file, line, "(yaml)",
                    new Text("calendar.config.yaml-invalid", e.getProblem()));
        } catch (YAMLException e) {
            throw new CalendarConfigException(file, 1, "(yaml)",
                    new Text("calendar.config.yaml-invalid", e.getMessage()));
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isEmpty());
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw error(new Text("calendar.config.single-value"));
        }
        return scalar.getValue();
    }

    /**
     * Parses the scalar; any exception from {@code parser} becomes an error at this node.
     * The message is made from the text as written.
     */
    <T> T as(Function<String, T> parser, Function<String, Text> message) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw error(message.apply(text));
        }
    }

    /** Mapping entries in file order; an empty value ({@code key:}) reads as an empty mapping. */
    Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : tuples()) {
            String key = new ConfigNode(file, field, tuple.getKeyNode()).text();
            ConfigNode value = new ConfigNode(file, child(key), tuple.getValueNode());
            if (entries.put(key, value) != null) {
                throw value.error(new Text("calendar.config.field-twice"));
            }
        }
        return entries;
    }

    /** Refuses keys outside {@code allowed}: a misspelt key would otherwise be ignored silently. */
    ConfigNode allowOnly(Set<String> allowed) {
        for (NodeTuple tuple : tuples()) {
            ConfigNode key = new ConfigNode(file, field, tuple.getKeyNode());
            if (!allowed.contains(key.text())) {
                throw new ConfigNode(file, child(key.text()), tuple.getKeyNode()).error(
                        new Text("calendar.config.field-unknown", allowed.toString()));
            }
        }
        return this;
    }

    Optional<ConfigNode> optional(String key) {
        ConfigNode value = entries().get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    ConfigNode required(String key) {
        return optional(key).orElseThrow(() -> error(new Text("calendar.config.field-required", key)));
    }

    /** Sequence items; an empty value reads as an empty list. */
    List<ConfigNode> items() {
        if (isNull()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(new Text("calendar.config.list"));
        }
        List<ConfigNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new ConfigNode(file, field + "[" + items.size() + "]", item));
        }
        return items;
    }

    CalendarConfigException error(Text problem) {
        return new CalendarConfigException(file, line(), field.isEmpty() ? "(berkas)" : field, problem);
    }

    private List<NodeTuple> tuples() {
        if (isNull()) {
            return List.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(new Text("calendar.config.mapping"));
        }
        return mapping.getValue();
    }

    private String child(String key) {
        return field.isEmpty() ? key : field + "." + key;
    }
}
