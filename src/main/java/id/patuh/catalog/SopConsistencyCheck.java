package id.patuh.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.patuh.messages.Text;

/**
 * Checks that need the whole SOP: step roles exist, step numbers are unique, decision
 * targets exist, and no alias could mean two roles.
 *
 * <p>Lines are looked up again in the YAML so that each problem points at its step.
 */
final class SopConsistencyCheck {

    void check(Sop sop, YamlMapping yaml, ProblemSink problems) {
        checkAliases(sop, yaml, problems);
        List<YamlMapping> stepNodes = yaml.mappings("steps");
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < sop.steps().size(); i++) {
            SopStep step = sop.steps().get(i);
            YamlMapping node = stepNodes.get(i);
            if (step.no() < 1) {
                problems.add(node.line("no"), node.field("no"), new Text("catalog.step.no.below-one"));
            }
            if (!numbers.add(step.no())) {
                problems.add(node.line("no"), node.field("no"), new Text("catalog.step.no.twice", step.no()));
            }
            checkExecutors(sop, step, node, problems);
        }
        for (int i = 0; i < sop.steps().size(); i++) {
            checkDecision(sop.steps().get(i), stepNodes.get(i), numbers, problems);
        }
    }

    private static void checkExecutors(Sop sop, SopStep step, YamlMapping node, ProblemSink problems) {
        for (int e = 0; e < step.executors().size(); e++) {
            String executor = step.executors().get(e);
            if (!sop.roleNames().contains(executor)) {
                problems.add(node.itemLine("executors", e), node.field("executors"), new Text("catalog.step.executor.unknown",
                        executor, sop.roleNames().toString()));
            }
        }
    }

    private static void checkDecision(SopStep step, YamlMapping node, Set<Integer> numbers, ProblemSink problems) {
        if (step.decision() == null) {
            return;
        }
        for (int target : List.of(step.decision().ya(), step.decision().tidak())) {
            if (!numbers.contains(target) || target == step.no()) {
                problems.add(node.line("decision"), node.field("decision"), new Text("catalog.step.decision.target-missing",
                        target));
            }
        }
    }

    private static void checkAliases(Sop sop, YamlMapping yaml, ProblemSink problems) {
        Map<String, String> owner = new HashMap<>();
        for (SopRole role : sop.roles()) {
            for (String name : concat(role.name(), role.aliases())) {
                String previous = owner.putIfAbsent(Sop.normaliseRoleName(name), role.name());
                if (previous != null && !previous.equals(role.name())) {
                    problems.add(yaml.line("roles"), "roles", new Text("catalog.roles.name-twice", name,
                            previous, role.name()));
                }
            }
        }
    }

    private static List<String> concat(String name, List<String> aliases) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
