package id.patuh.findings;

/** What one reconciliation of a scope changed. */
public record ReconcileResult(int raised, int updated, int reopened, int closed) {

    static final ReconcileResult NOTHING = new ReconcileResult(0, 0, 0, 0);

    public ReconcileResult plus(ReconcileResult other) {
        return new ReconcileResult(raised + other.raised, updated + other.updated, reopened + other.reopened,
                closed + other.closed);
    }

    public boolean changedAnything() {
        return raised + updated + reopened + closed > 0;
    }
}
