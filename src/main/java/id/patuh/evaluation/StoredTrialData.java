package id.patuh.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;

/**
 * The first stored cases and subjects, evaluated as the service evaluates them: a reload tries new
 * rules on real data. Only the first keys are read, so a reload costs the same on a large store.
 */
@Component
class StoredTrialData implements RuleTrialData {

    private final StoredCases stored;
    private final CatalogService catalog;
    private final CalendarService calendars;

    StoredTrialData(StoredCases stored, CatalogService catalog, CalendarService calendars) {
        this.stored = stored;
        this.catalog = catalog;
        this.calendars = calendars;
    }

    @Override
    public int tryOn(RuleEngine candidate, int limit) {
        ScopeEvaluator scopes = new ScopeEvaluator(() -> candidate, catalog::find, calendars, stored::findCase);
        Instant now = Instant.now();
        int tried = 0;
        for (String key : firstKeys(stored::forEachCaseKey, limit)) {
            tried += stored.findCase(key).map(c -> scopes.caseFindings(c, now)).isPresent() ? 1 : 0;
        }
        for (String key : firstKeys(stored::forEachSubjectKey, limit)) {
            tried += stored.findSubject(key).map(s -> scopes.subjectFindings(s, now)).isPresent() ? 1 : 0;
        }
        return tried;
    }

    private static List<String> firstKeys(Consumer<Consumer<String>> forEachKey, int limit) {
        List<String> keys = new ArrayList<>();
        if (limit == 0) {
            return keys;
        }
        try {
            forEachKey.accept(key -> {
                keys.add(key);
                if (keys.size() >= limit) {
                    throw new SampleFull();
                }
            });
        } catch (SampleFull full) {
            // the driver closes the key cursor; the first keys are all a sample needs
        }
        return keys;
    }

    /** Stops a key scan once the sample is full. */
    private static final class SampleFull extends RuntimeException {
        SampleFull() {
            super(null, null, false, false);
        }
    }
}
