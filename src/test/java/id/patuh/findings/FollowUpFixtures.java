package id.patuh.findings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import id.patuh.evaluation.Finding;

/** Fresh findings of one tenant, put straight into a follow-up status for the step tests. */
final class FollowUpFixtures {

    static final Instant T1 = Instant.parse("2024-04-02T03:00:00Z");

    private FollowUpFixtures() {
    }

    /** A new {@code terbuka} finding of {@code tenant} (a sub-unit of it, as real findings have). */
    static FindingView raised(FindingService findings, String tenant, String code) {
        String scope = "case:uji-tl|" + UUID.randomUUID();
        String unit = tenant + "/kasi-uji";
        Finding finding = new Finding(Finding.idOf(code, "kemlagi-pengumpulan-data-kinerja", scope, 2, unit, null, null,
                "e1"), code, "sedang", "kemlagi-pengumpulan-data-kinerja", scope, 2, unit, null, null,
                code + " rule", "pesan", "message", List.of("e1"), T1, "v1");
        findings.reconcile(scope, List.of(finding), T1);
        return findings.find(finding.id()).orElseThrow();
    }

    /** A new finding in {@code status}; an audit item gets a recommendation due on {@code due}. */
    static String inStatus(FindingService findings, MongoTemplate mongo, String tenant, FindingStatus status,
            String due) {
        String id = raised(findings, tenant, "DURATION_EXCEEDED").id();
        mongo.getCollection("findings").updateOne(Filters.eq("_id", id), Updates.set("status", status.label()));
        if (status.auditItem()) {
            mongo.getCollection("findings").updateOne(Filters.eq("_id", id), Updates.set("tindak_lanjut",
                    new Document("rekomendasi_id", "r-uji").append("rekomendasi", "Perbaiki")
                            .append("penanggung_jawab", "Sekcam").append("batas_waktu", due)
                            .append("riwayat", List.of())));
        }
        return id;
    }
}
