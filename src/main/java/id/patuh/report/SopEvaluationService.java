package id.patuh.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/**
 * The SOP evaluation form (Formulir Evaluasi SOP AP, PermenPAN-RB 35/2012): read and saved per
 * (tenant, SOP, period) within the caller's tenants, with a history of who changed what when.
 */
@Service
class SopEvaluationService {

    static final int MAX_NOTE = 2000;
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(S[12]|Q[1-4]))?");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final SopEvaluationStore store;
    private final CatalogService catalog;
    private final Clock clock;

    SopEvaluationService(MongoTemplate mongo, CatalogService catalog, ObjectProvider<Clock> clock) {
        this.store = new SopEvaluationStore(mongo);
        this.catalog = catalog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The form as stored, or blank (evaluator and date by default) when nobody has saved it yet. */
    SopEvaluation get(String code, String unit, String period, TenantScope scope) {
        Target target = target(code, unit, period, scope);
        return view(target, store.find(target.tenant(), code, target.period()).orElse(null));
    }

    /** Saves the answers given (the rest stay), appending one history entry naming each changed field. */
    SopEvaluation save(String code, String unit, String period, SopEvaluationInput input, String actor,
            TenantScope scope) {
        Target target = target(code, unit, period, scope);
        Document previous = store.find(target.tenant(), code, target.period()).orElse(null);
        SopEvaluation before = view(target, previous);
        SopEvaluation after = SopEvaluationInputs.apply(before, input == null
                ? new SopEvaluationInput(null, null, null, null, null) : input);
        List<String> changes = SopEvaluationInputs.changes(before, after, previous == null);
        if (changes.isEmpty()) {
            return before;
        }
        List<Document> history = new ArrayList<>(previous == null ? List.of()
                : previous.getList("riwayat", Document.class, List.of()));
        history.add(SopEvaluationStore.entry(clock.instant(), actor, changes));
        Document next = new Document("_id", SopEvaluationStore.id(target.tenant(), code, target.period()))
                .append("tenant", target.tenant()).append("sop_code", code).append("period", target.period())
                .append("kriteria", after.kriteria().stream().map(k -> new Document("kode", k.kode())
                        .append("ya", k.ya()).append("catatan", k.catatan())).toList())
                .append("peran", after.peran().stream().map(p -> new Document("peran", p.peran()).append("ya", p.ya())
                        .append("catatan", p.catatan())).toList())
                .append("catatan_auditor", after.catatanAuditor()).append("penilai", after.penilai())
                .append("tanggal_penilaian", after.tanggalPenilaian() == null ? null : after.tanggalPenilaian().toString())
                .append("updated_at", Date.from(clock.instant())).append("updated_by", actor).append("riwayat", history);
        store.save(previous, next);
        return view(target, next);
    }

    private SopEvaluation view(Target t, Document d) {
        Map<String, Document> answers = new LinkedHashMap<>();
        Map<String, Document> roles = new LinkedHashMap<>();
        if (d != null) {
            d.getList("kriteria", Document.class, List.of()).forEach(k -> answers.put(k.getString("kode"), k));
            d.getList("peran", Document.class, List.of()).forEach(p -> roles.put(p.getString("peran"), p));
        }
        List<SopEvaluation.Kriteria> kriteria = java.util.Arrays.stream(EvaluasiKriteria.values()).map(k -> {
            Document a = answers.get(k.key());
            return new SopEvaluation.Kriteria(k.key(), k.text(), a == null ? null : a.getBoolean("ya"),
                    a == null ? null : a.getString("catatan"));
        }).toList();
        List<SopEvaluation.Peran> peran = t.sop().roleNames().stream().map(r -> {
            Document a = roles.get(r);
            return new SopEvaluation.Peran(r, a == null ? null : a.getBoolean("ya"), a == null ? null : a.getString("catatan"));
        }).toList();
        if (d == null) {
            return new SopEvaluation(t.tenant(), t.sop().code(), t.sop().name(), t.period(), kriteria, peran, null,
                    Evaluator.defaultName(), LocalDate.ofInstant(clock.instant(), WIB), null, null, List.of());
        }
        List<SopEvaluation.Change> history = d.getList("riwayat", Document.class, List.of()).stream()
                .map(h -> new SopEvaluation.Change(h.getDate("at").toInstant(), h.getString("actor"),
                        h.getList("perubahan", String.class, List.of()))).toList();
        return new SopEvaluation(t.tenant(), t.sop().code(), t.sop().name(), t.period(), kriteria, peran,
                d.getString("catatan_auditor"), d.getString("penilai"), SopEvaluationStore.date(d, "tanggal_penilaian"),
                d.getDate("updated_at").toInstant(), d.getString("updated_by"), history);
    }

    /**
     * The tenant of the form: the {@code unit} asked for, or the SOP's only tenant. Another tenant's
     * SOP, like an unknown one, does not exist for the caller (404, as elsewhere).
     */
    private Target target(String code, String unit, String period, TenantScope scope) {
        Sop sop = catalog.find(code).orElseThrow(() -> SopEvaluationRefused.notFound(code));
        if (period == null || !PERIOD.matcher(period.strip()).matches()) {
            throw SopEvaluationRefused.invalid("period", new Text("report.sopEvaluation.period"));
        }
        List<String> tenants = sop.units().stream().map(SopEvaluationService::tenantOf).distinct().toList();
        String tenant;
        if (unit != null && !unit.isBlank()) {
            tenant = tenantOf(unit.strip());
            if (!tenants.isEmpty() && !tenants.contains(tenant)) {
                throw SopEvaluationRefused.notFound(code);
            }
        } else if (tenants.size() == 1) {
            tenant = tenants.get(0);
        } else {
            throw SopEvaluationRefused.invalid("unit", new Text("report.sopEvaluation.unit"));
        }
        if (!scope.allows(tenant)) {
            throw SopEvaluationRefused.notFound(code);
        }
        return new Target(sop, tenant, period.strip());
    }

    static String tenantOf(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    private record Target(Sop sop, String tenant, String period) {
        Target {
            Objects.requireNonNull(sop);
        }
    }
}
