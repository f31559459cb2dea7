package id.patuh.modularity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The border rule of the module map (docs/architecture.md): a module — a package directly under
 * the root — is used from another module only through
 * <ul>
 * <li>its façade and the few other classes it publishes, each marked {@link NamedInterface @NamedInterface},
 * <li>or values that cross its border: records, enums, interfaces (listeners, sealed families),
 * exceptions and annotations.
 * </ul>
 * Any other class of a module is its internals: a bypass. Java's {@code public} alone does not
 * keep this (a class made public for one caller is open to all), hence the rule.
 */
public final class FacadeBorders {

    private FacadeBorders() {
    }

    /** The rule for the modules directly under {@code rootPackage}; the root's own classes are no module. */
    public static ArchRule ofModulesUnder(String rootPackage) {
        return classes().should(new ArchCondition<>("use other modules only through their façades and values") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = moduleOf(origin, rootPackage);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = outermost(dependency.getTargetClass().getBaseComponentType());
                    Optional<String> to = moduleOf(target, rootPackage);
                    if (to.isPresent() && !to.equals(from) && !published(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, "module '" + from.get()
                                + "' bypasses the façade of module '" + to.get() + "': "
                                + dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    /** Values cross borders; of the other classes, only those a module publishes. */
    static boolean published(JavaClass type) {
        return type.isRecord() || type.isEnum() || type.isInterface() || type.isAnnotation()
                || type.isAssignableTo(Throwable.class) || type.isAnnotatedWith(NamedInterface.class);
    }

    /** A nested class belongs to the border of the type that encloses it. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            if (published(current)) {
                return current;
            }
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** The first package segment under the root: {@code id.patuh.ingest.x} → {@code ingest}. */
    static Optional<String> moduleOf(JavaClass type, String rootPackage) {
        String name = type.getPackageName();
        if (!name.startsWith(rootPackage + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
