package id.patuh.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;

/** Generated data and the findings it was built to contain, no more, no less. */
public record Workload(List<ActivityEvent> events, List<IndicatorRecord> records, List<DataRequest> requests,
        Set<ExpectedFinding> expected) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        final List<ActivityEvent> events = new ArrayList<>();
        final List<IndicatorRecord> records = new ArrayList<>();
        final List<DataRequest> requests = new ArrayList<>();
        final Set<ExpectedFinding> expected = new TreeSet<>(java.util.Comparator.comparing(ExpectedFinding::toString));

        void expect(String code, String subject, Integer stepNo) {
            expected.add(new ExpectedFinding(code, subject, stepNo));
        }

        Workload build() {
            return new Workload(List.copyOf(events), List.copyOf(records), List.copyOf(requests), Set.copyOf(expected));
        }
    }
}
