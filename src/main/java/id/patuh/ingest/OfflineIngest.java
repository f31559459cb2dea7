package id.patuh.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

import id.patuh.cases.CaseData;
import id.patuh.cases.DataKind;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.SopCatalog;
import id.patuh.messages.Texts;

/**
 * Reads interchange files into memory with exactly the validation and idempotency rules of
 * the service, for the offline audit (no database).
 */
@NamedInterface("api")
public final class OfflineIngest {

    private final MemoryRecordStore store = new MemoryRecordStore();
    private final RowValidator validator;
    private final IngestProperties limits = IngestProperties.defaults();
    private Map<String, CaseData> casesByKey;

    public OfflineIngest(SopCatalog catalog, Function<String, java.time.ZoneId> zoneOfUnit) {
        this.validator = new RowValidator(catalog, zoneOfUnit, limits);
    }

    /** Reads one file; its format comes from its extension. */
    public IngestReport read(DataKind kind, Path file) {
        InputFormat format = InputFormat.ofFileName(file.toString()).orElseThrow(() -> new IllegalArgumentException(
                Texts.id("ingest.offline.unknown-format") + " / " + Texts.en("ingest.offline.unknown-format") + ": "
                        + file));
        casesByKey = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                RowReader reader = RowReaders.open(kind, format, in, limits)) {
            return new IngestRun(kind, reader, validator, store, limits.batchSize(), Long.MAX_VALUE,
                    null, IngestListener.NONE)
                    .run(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(Texts.id("ingest.offline.unreadable") + " / "
                    + Texts.en("ingest.offline.unreadable") + " " + file, e);
        }
    }

    public List<CaseData> cases() {
        return store.cases();
    }

    public List<SubjectData> subjects() {
        return store.subjects();
    }

    public Optional<CaseData> findCase(String caseKey) {
        if (casesByKey == null) {
            casesByKey = cases().stream().collect(Collectors.toMap(CaseData::key, c -> c));
        }
        return Optional.ofNullable(casesByKey.get(caseKey));
    }
}
