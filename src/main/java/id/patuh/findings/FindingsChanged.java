package id.patuh.findings;

import java.util.List;

/** Published after findings were raised, updated, reopened or closed (for metrics). */
public record FindingsChanged(List<FindingChange> changes) {

    public FindingsChanged {
        changes = List.copyOf(changes);
    }
}
