package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;

/**
 * Findings stored before the follow-up categories, written here in their old shape, move to the
 * new ones by the documented mapping; their history is kept as written; a second run changes nothing.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class FindingStatusMigrationIntegrationTests {

    private static final Date RAISED = Date.from(FollowUpFixtures.T1);
    private static final Date LATER = Date.from(FollowUpFixtures.T1.plusSeconds(86_400));

    @Autowired
    FindingStatusMigration migration;

    @Autowired
    FindingService findings;

    @Autowired
    MongoTemplate mongo;

    @Test
    void oldStatusesMoveByTheDocumentedMappingWithNothingLost() {
        String terbuka = old("terbuka", false, List.of(raised()));
        String followedUp = old("ditindaklanjuti", false, List.of(raised(),
                entry("inspektur.andi", "terbuka", "ditindaklanjuti", "Sekcam diminta menjelaskan")));
        String closedByAuditor = old("selesai", false, List.of(raised(),
                entry("inspektur.andi", "terbuka", "ditindaklanjuti", "ditanyakan"),
                entry("inspektur.andi", "ditindaklanjuti", "selesai", "Penjelasan diterima")));
        String closedItself = old("selesai", true, List.of(raised(),
                entry("inspektur.andi", "terbuka", "ditindaklanjuti", "ditanyakan"),
                entry("patuh", "ditindaklanjuti", "selesai", "tidak berlaku lagi setelah data baru")));
        String excepted = old("dikecualikan", false, List.of(raised(),
                entry("inspektur.andi", "terbuka", "dikecualikan", "dicatat di notulen")));

        assertThat(migration.migrate()).isGreaterThanOrEqualTo(5);

        FindingView a = findings.find(terbuka).orElseThrow();
        assertThat(a.status()).isEqualTo(FindingStatus.TERBUKA);
        assertThat(a.kondisi()).isEqualTo(Kondisi.BERLAKU);
        assertThat(a.history()).hasSize(1);

        FindingView b = findings.find(followedUp).orElseThrow();
        assertThat(b.status()).isEqualTo(FindingStatus.DALAM_PROSES);
        assertThat(b.tindakLanjut().riwayat()).extracting(FollowUp.Entry::catatan)
                .containsExactly("Sekcam diminta menjelaskan");
        assertThat(b.tindakLanjut().batasWaktu()).as("no due date was ever recorded").isNull();
        assertThat(b.history()).extracting(FindingView.HistoryEntry::to)
                .containsExactly("terbuka", "ditindaklanjuti", "dalam_proses");

        FindingView c = findings.find(closedByAuditor).orElseThrow();
        assertThat(c.status()).isEqualTo(FindingStatus.SESUAI);
        assertThat(c.kondisi()).isEqualTo(Kondisi.BERLAKU);

        FindingView d = findings.find(closedItself).orElseThrow();
        assertThat(d.status()).as("the status it had before it closed itself").isEqualTo(FindingStatus.DALAM_PROSES);
        assertThat(d.kondisi()).isEqualTo(Kondisi.TIDAK_BERLAKU);
        assertThat(d.kondisiReason()).isEqualTo("tidak berlaku lagi setelah data baru");
        assertThat(d.history()).extracting(FindingView.HistoryEntry::note).startsWith("ditemukan", "ditanyakan",
                "tidak berlaku lagi setelah data baru");

        FindingView e = findings.find(excepted).orElseThrow();
        assertThat(e.status()).isEqualTo(FindingStatus.DIKECUALIKAN);
        assertThat(e.history()).hasSize(2);
        assertThat(mongo.getCollection("findings").find(Filters.eq("_id", closedItself)).first()
                .getString("migrated_from")).isEqualTo("selesai");
    }

    @Test
    void aSecondRunChangesNothing() {
        String id = old("ditindaklanjuti", false, List.of(raised(),
                entry("inspektur.andi", "terbuka", "ditindaklanjuti", "ditanyakan")));
        migration.migrate();
        Document once = mongo.getCollection("findings").find(Filters.eq("_id", id)).first();

        assertThat(migration.migrate()).isZero();
        assertThat(mongo.getCollection("findings").find(Filters.eq("_id", id)).first()).isEqualTo(once);
    }

    /** A finding document as the store wrote it before the follow-up categories. */
    private String old(String status, boolean autoClosed, List<Document> history) {
        String id = "lama-" + UUID.randomUUID();
        mongo.getCollection("findings").insertOne(new Document("_id", id).append("detected_at", RAISED)
                .append("scope", "case:lama|" + id).append("code", "WRONG_EXECUTOR").append("severity", "sedang")
                .append("sop_code", "kemlagi-pengumpulan-data-kinerja").append("case_id", "lama").append("step_no", 3)
                .append("unit", "kec-kemlagi").append("tenant", "kec-kemlagi").append("rule", "r")
                .append("message", "pesan").append("message_en", "message").append("evidence", List.of("e1"))
                .append("status", status).append("status_reason", history.get(history.size() - 1).getString("note"))
                .append("auto_closed", autoClosed).append("updated_at", LATER).append("history", history));
        return id;
    }

    private static Document raised() {
        return new Document("at", RAISED).append("actor", "patuh").append("from", null).append("to", "terbuka")
                .append("note", "ditemukan");
    }

    private static Document entry(String actor, String from, String to, String note) {
        return new Document("at", LATER).append("actor", actor).append("from", from).append("to", to)
                .append("note", note);
    }
}
