package id.patuh.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.DataKind;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.StoreKeys;
import id.patuh.cases.SubjectData;

/**
 * Records held in memory, grouped as the documents of the store would group them. Used by one
 * thread (the offline audit), so there is no other writer to wait for.
 */
final class MemoryRecordStore implements RecordStore {

    private final Map<String, Registered> registry = new HashMap<>();
    private final Map<String, Map<String, IngestRecord>> documents = new TreeMap<>();

    @Override
    public Map<String, Registered> registered(DataKind kind, Collection<String> ids) {
        Map<String, Registered> known = new HashMap<>();
        ids.forEach(id -> {
            Registered entry = registry.get(StoreKeys.registryKey(kind, id));
            if (entry != null) {
                known.put(id, entry);
            }
        });
        return known;
    }

    @Override
    public IngestRecord storedRecord(DataKind kind, String id, String documentKey) {
        return documents.getOrDefault(documentKey, Map.of()).get(StoreKeys.registryKey(kind, id));
    }

    @Override
    public Map<String, String> caseSops(Collection<String> caseKeys) {
        Map<String, String> sops = new HashMap<>();
        for (String key : caseKeys) {
            documents.getOrDefault(key, Map.of()).values().stream().findFirst()
                    .ifPresent(r -> sops.put(key, ((ActivityEvent) r).sopCode()));
        }
        return sops;
    }

    @Override
    public <T> T exclusively(Collection<String> keys, Supplier<T> work) {
        return work.get();
    }

    @Override
    public Map<String, Registered> write(DataKind kind, List<IngestRecord> records, Map<String, String> hashes,
            boolean completions) {
        for (IngestRecord record : records) {
            String key = StoreKeys.documentKey(record);
            documents.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(StoreKeys.registryKey(kind, record.id()), record);
            String tenantId = StoreKeys.tenantId(record);
            registry.put(StoreKeys.registryKey(kind, tenantId), new Registered(hashes.get(tenantId), key));
        }
        return Map.of();
    }

    List<CaseData> cases() {
        List<CaseData> cases = new ArrayList<>();
        documents.forEach((key, records) -> {
            List<ActivityEvent> events = records.values().stream().filter(ActivityEvent.class::isInstance)
                    .map(ActivityEvent.class::cast)
                    .sorted(Comparator.comparing(ActivityEvent::startedAt).thenComparing(ActivityEvent::stepNo)
                            .thenComparing(ActivityEvent::eventId))
                    .toList();
            if (!events.isEmpty()) {
                ActivityEvent first = events.get(0);
                cases.add(new CaseData(key, first.tenant(), first.unit(), first.sopCode(), first.caseId(), events));
            }
        });
        return cases;
    }

    List<SubjectData> subjects() {
        List<SubjectData> subjects = new ArrayList<>();
        documents.forEach((key, records) -> {
            List<IndicatorRecord> indicators = records.values().stream().filter(IndicatorRecord.class::isInstance)
                    .map(IndicatorRecord.class::cast).sorted(Comparator.comparing(IndicatorRecord::recordId)).toList();
            List<DataRequest> requests = records.values().stream().filter(DataRequest.class::isInstance)
                    .map(DataRequest.class::cast).sorted(Comparator.comparing(DataRequest::requestId)).toList();
            if (!indicators.isEmpty() || !requests.isEmpty()) {
                DataRequest request = requests.isEmpty() ? null : requests.get(0);
                IngestRecord first = indicators.isEmpty() ? request : indicators.get(0);
                String indicator = indicators.isEmpty() ? request.indicatorCode() : indicators.get(0).indicatorCode();
                String period = indicators.isEmpty() ? request.period() : indicators.get(0).period();
                subjects.add(new SubjectData(key, first.tenant(), first.unit(), indicator, period, indicators,
                        requests));
            }
        });
        return subjects;
    }
}
