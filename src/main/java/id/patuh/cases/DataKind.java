package id.patuh.cases;

/** The three kinds of interchange data, each with its id column. */
public enum DataKind {
    ACTIVITIES("event_id"),
    INDICATORS("record_id"),
    REQUESTS("request_id");

    private final String idColumn;

    DataKind(String idColumn) {
        this.idColumn = idColumn;
    }

    public String idColumn() {
        return idColumn;
    }
}
