package id.patuh.cases;

import java.util.List;

/** Everything stored for one (unit, indicator, period): its records and the requests for it. */
public record SubjectData(String key, String tenant, String unit, String indicatorCode, String period,
        List<IndicatorRecord> records, List<DataRequest> requests) {

    public SubjectData {
        records = List.copyOf(records);
        requests = List.copyOf(requests);
    }
}
