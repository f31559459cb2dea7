package id.patuh.ingest;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an import ended: read to its end (or to a limit), or cut short by a store outage. */
public enum ImportStatus {

    /** Every row was read and settled (a report that stopped at a limit says so itself). */
    COMPLETE,
    /**
     * The store became unreachable: the report counts only what the store acknowledged; sending
     * the same input again finishes the import.
     */
    INTERRUPTED;

    @JsonValue
    public String label() {
        return name().toLowerCase();
    }

    /** The status of a stored label; entries written before there was a status are complete. */
    static ImportStatus ofLabel(String label) {
        return INTERRUPTED.label().equals(label) ? INTERRUPTED : COMPLETE;
    }
}
