package id.patuh.sopimport;

import java.util.List;

/**
 * One draft: its catalog code, the document it came from, how many steps it has, the YAML
 * text, and what a person must check.
 */
public record ImportedSop(String code, String source, int steps, String yaml, List<Doubt> doubts) {

    public ImportedSop {
        doubts = List.copyOf(doubts);
    }

    ImportedSop renamed(String newCode) {
        String renamedYaml = yaml.replaceFirst("(?m)^code: \"" + java.util.regex.Pattern.quote(code) + "\"$",
                "code: \"" + newCode + "\"");
        return new ImportedSop(newCode, source, steps, renamedYaml,
                doubts.stream().map(d -> new Doubt(newCode, d.field(), d.line(), d.reason())).toList());
    }
}
