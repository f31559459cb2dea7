package id.patuh.store;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Who opens the embedded store: this process ({@link OwnFile}), or another patuh process on
 * this machine already holds the file and this one shares its store ({@link HeldElsewhere}).
 * Decided once, from the file's lock, before anything opens it.
 */
final class StoreFileOwnership {

    private StoreFileOwnership() {
    }

    static boolean heldElsewhere(ConditionContext context) {
        StoreProperties properties = Binder.get(context.getEnvironment()).bindOrCreate("patuh.store",
                StoreProperties.class);
        return SharedEmbeddedStore.heldByAnotherProcess(properties);
    }

    /** The memory store, a new file, or a file no other process holds: this process starts the store. */
    static class OwnFile implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !heldElsewhere(context);
        }
    }

    /** The file is held by a running patuh: this process connects to that one's store. */
    static class HeldElsewhere implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return heldElsewhere(context);
        }
    }
}
