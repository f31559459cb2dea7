package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import id.patuh.cases.DataKind;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.StoreKeys;

/**
 * Two patuh processes on one store do not share their locks: process B checks the registry,
 * then process A stores and registers the same ids, then B writes. The registry's unique
 * {@code _id} makes B see that: its rows become duplicates (same content) or conflicts (other
 * content), never a second "accepted".
 */
class ConcurrentRegistrationTests {

    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at\n";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "patuh");

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theSameRowsRegisteredMeanwhileByAnotherProcessAreDuplicates() throws IOException {
        String csv = rows("05");
        IngestStore processA = new IngestStore(mongo);
        RecordStore processB = new AfterCheck(new IngestStore(mongo), () -> {
            IngestReport a = run(processA, csv);
            assertThat(a.accepted()).isEqualTo(3);
        });

        IngestReport b = run(processB, csv);

        assertThat(b.accepted()).isZero();
        assertThat(b.duplicates()).isEqualTo(3);
        assertThat(b.rejected()).isZero();
        assertThat(mongo.getCollection(StoreKeys.IDS).countDocuments()).isEqualTo(3);
    }

    @Test
    void anotherVersionRegisteredMeanwhileByAnotherProcessIsAConflict() throws IOException {
        IngestStore processA = new IngestStore(mongo);
        RecordStore processB = new AfterCheck(new IngestStore(mongo), () -> run(processA, rows("05")));

        IngestReport b = run(processB, rows("06"));

        assertThat(b.accepted()).isZero();
        assertThat(b.rejected()).isEqualTo(3);
        assertThat(b.errors()).extracting(RowError::field).containsOnly("event_id");
        assertThat(b.errors()).extracting(RowError::reasonEn).allMatch(r -> r.contains("conflict"));
    }

    /** One case, three steps, each finished at minute {@code finishedMinute}. */
    private static String rows(String finishedMinute) {
        return rows("race", 3, finishedMinute);
    }

    /** Case {@code <prefix>-case} of Kemlagi's SOP: steps 1..{@code steps}, event ids {@code <prefix>-<step>}. */
    static String rows(String prefix, int steps, String finishedMinute) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int step = 1; step <= steps; step++) {
            csv.append(prefix).append('-').append(step).append(",kemlagi-pengumpulan-data-kinerja,").append(prefix)
                    .append("-case,kec-kemlagi,").append(step).append(",Sekcam,2024-04-01T0").append(step)
                    .append(":00:00+07:00,2024-04-01T0").append(step).append(':').append(finishedMinute)
                    .append(":00+07:00\n");
        }
        return csv.toString();
    }

    private static IngestReport run(RecordStore store, String csv) {
        return run(store, csv, "race");
    }

    /** One import of {@code csv} through the real pipeline into {@code store}. */
    static IngestReport run(RecordStore store, String csv, String source) {
        try (RowReader reader = RowReaders.open(DataKind.ACTIVITIES, InputFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), IngestFixtures.LIMITS)) {
            return new IngestRun(DataKind.ACTIVITIES, reader, IngestFixtures.validator(), store, 100, Long.MAX_VALUE,
                    null, IngestListener.NONE).run(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A store whose first write lets another process go first: after this one checked the registry. */
    private static final class AfterCheck implements RecordStore {

        private final RecordStore store;
        private Runnable meanwhile;

        AfterCheck(RecordStore store, Runnable meanwhile) {
            this.store = store;
            this.meanwhile = meanwhile;
        }

        @Override
        public Map<String, Registered> registered(DataKind kind, Collection<String> ids) {
            return store.registered(kind, ids);
        }

        @Override
        public IngestRecord storedRecord(DataKind kind, String id, String documentKey) {
            return store.storedRecord(kind, id, documentKey);
        }

        @Override
        public Map<String, String> caseSops(Collection<String> caseKeys) {
            return store.caseSops(caseKeys);
        }

        @Override
        public <T> T exclusively(Collection<String> keys, Supplier<T> work) {
            return store.exclusively(keys, work);
        }

        @Override
        public Map<String, Registered> write(DataKind kind, List<IngestRecord> records, Map<String, String> hashes,
                boolean completions) {
            if (meanwhile != null && !records.isEmpty()) {
                Runnable other = meanwhile;
                meanwhile = null;
                other.run();
            }
            return store.write(kind, records, hashes, completions);
        }
    }
}
