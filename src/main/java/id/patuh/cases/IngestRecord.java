package id.patuh.cases;

/** A validated row of any kind. */
public sealed interface IngestRecord permits ActivityEvent, IndicatorRecord, DataRequest {

    /** The row's id: event_id, record_id or request_id. */
    String id();

    /** Tenant code: the part of the unit before the first "/". */
    default String tenant() {
        String unit = unit();
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    String unit();
}
