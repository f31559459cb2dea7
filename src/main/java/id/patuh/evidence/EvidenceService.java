package id.patuh.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.errors.Refusal;
import id.patuh.findings.FindingService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.IngestRecord;
import id.patuh.ingest.IngestService;
import id.patuh.cases.StoreKeys;
import id.patuh.findings.FindingView;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/** The evidence façade: keep a file for a target, list a target's files, read one back. */
@Service
@NamedInterface("api")
public class EvidenceService {

    private static final Pattern UNIT = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
    private static final Pattern TARGET_ID = Pattern.compile("\\p{Graph}{1,200}");

    private final EvidenceStore store;
    private final EvidenceProperties limits;
    private final FindingService findings;
    private final IngestService ingest;
    private final Clock clock;

    public EvidenceService(GridFsTemplate gridFs, EvidenceProperties limits, FindingService findings,
            IngestService ingest, ObjectProvider<Clock> clock) {
        this.store = new EvidenceStore(gridFs);
        this.limits = limits;
        this.findings = findings;
        this.ingest = ingest;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Keeps one file as evidence of a target that exists in the caller's scope: a finding, or an
     * event or record stored for the tenant of {@code unit}. The file belongs to the target's own
     * unit (the finding's, the row's) whatever {@code unit} says. Evidence follows its row: it is
     * linked by id, so a running step later completed under the same event id keeps its files.
     *
     * @throws EvidenceRefused for a unit outside the caller's scope, a target that does not exist
     *                         there, a file too large or of a type not allowed
     */
    public Evidence store(String unit, EvidenceTarget target, String targetId, String fileName, long size,
            InputStreamSource content, TenantScope scope, String uploader) {
        String owner = owner(unit, target, targetId, scope);
        if (size <= 0) {
            throw new EvidenceRefused(Refusal.INVALID, new Text("evidence.file.empty"));
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw new EvidenceRefused(Refusal.TOO_LARGE, new Text("evidence.file.too-large", size,
                    limits.maxFileSize().toMegabytes()));
        }
        try {
            String type = ContentTypes.detect(content);
            if (!limits.allowedTypes().contains(type)) {
                throw new EvidenceRefused(Refusal.UNSUPPORTED_TYPE,
                        new Text("evidence.file.type-refused", type));
            }
            // hashed in a pass of its own so that the stored description carries it from the start
            String sha256 = sha256(content);
            try (InputStream in = content.getInputStream()) {
                return store.save(in, new Evidence(null, owner, target, targetId, name(fileName), type, size, sha256,
                        uploader, clock.instant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(InputStreamSource content) throws IOException {
        try (InputStream in = content.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A target's evidence the caller may see (a tenant's own, or everything for an all-tenant caller). */
    public List<Evidence> list(String tenant, EvidenceTarget target, String targetId, TenantScope scope) {
        if (!scope.allows(tenant)) {
            return List.of();
        }
        return store.of(tenant, target, List.of(targetId));
    }

    /** The follow-up files of a finding the caller may see; none for a finding it may not. */
    public List<Evidence> ofFinding(String findingId, TenantScope scope) {
        return findings.find(findingId, scope)
                .map(f -> store.of(StoreKeys.tenantOf(f.unit()), EvidenceTarget.FINDING, List.of(findingId)))
                .orElse(List.of());
    }

    /** The evidence ids of several targets of one tenant, by target id (the console's finding page). */
    public Map<String, List<String>> idsOf(String tenant, EvidenceTarget target, Collection<String> targetIds) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        if (tenant == null || targetIds.isEmpty()) {
            return ids;
        }
        store.of(tenant, target, targetIds).forEach(e -> ids.computeIfAbsent(e.targetId(),
                k -> new java.util.ArrayList<>()).add(e.id()));
        return ids;
    }

    /**
     * The evidence of many targets across tenants in one query (a report or register): for each
     * tenant, only the files of that tenant whose target is one of its ids and of one of
     * {@code kinds}. Target ids are the senders', so the same id in another tenant is not a match.
     */
    public List<Evidence> ofTargets(Map<String, ? extends Collection<String>> targetIdsByTenant,
            Collection<EvidenceTarget> kinds) {
        return store.of(targetIdsByTenant, kinds);
    }

    /** The evidence, if it exists and belongs to a tenant the caller may see. */
    public Optional<Evidence> find(String id, TenantScope scope) {
        return store.find(id).filter(e -> scope.allows(e.unit()));
    }

    /** The stored bytes of evidence found with {@link #find}. */
    public InputStream open(Evidence evidence) throws IOException {
        return store.open(evidence.id());
    }

    private String owner(String unit, EvidenceTarget target, String targetId, TenantScope scope) {
        if (targetId == null || !TARGET_ID.matcher(targetId).matches()) {
            throw new EvidenceRefused(Refusal.INVALID, new Text("evidence.target-id.required"));
        }
        if (target == EvidenceTarget.FINDING) {
            return findings.find(targetId, scope).map(FindingView::unit).orElseThrow(() -> new EvidenceRefused(
                    Refusal.NOT_FOUND, new Text("evidence.finding.not-found", targetId)));
        }
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw new EvidenceRefused(Refusal.INVALID, new Text("evidence.unit.required"));
        }
        if (!scope.allows(unit)) {
            throw new EvidenceRefused(Refusal.FORBIDDEN, new Text("evidence.unit.forbidden", unit));
        }
        String tenant = StoreKeys.tenantOf(unit);
        boolean event = target == EvidenceTarget.EVENT;
        return ingest.findRecord(event ? DataKind.ACTIVITIES : DataKind.INDICATORS, tenant, targetId)
                .map(EvidenceService::unitOf)
                .orElseThrow(() -> new EvidenceRefused(Refusal.NOT_FOUND, event
                        ? new Text("evidence.event.not-found", targetId, tenant)
                        : new Text("evidence.record.not-found", targetId, tenant)));
    }

    private static String unitOf(IngestRecord row) {
        if (row instanceof ActivityEvent e) {
            return e.unit();
        }
        return row instanceof IndicatorRecord r ? r.unit() : ((DataRequest) row).unit();
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "bukti" : fileName.strip();
        // only the last path segment, without control characters: it comes back in a header
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
