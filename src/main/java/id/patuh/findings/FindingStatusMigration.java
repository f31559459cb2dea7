package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Moves findings stored with the old statuses to the follow-up categories, once, before the
 * application serves anything (docs/findings.md, "Migrasi"):
 *
 * <ul>
 * <li>{@code terbuka} → {@code terbuka}, kondisi berlaku;</li>
 * <li>{@code ditindaklanjuti} → {@code dalam_proses}: an auditor had recorded a follow-up, none
 * had been accepted; the recorded notes become the follow-up's riwayat (no recommendation was
 * ever recorded, so it stays empty and the item has no due date);</li>
 * <li>{@code selesai} closed by the system (it stopped holding) → kondisi {@code tidak_berlaku}
 * with its reason, and the status it had before it closed itself;</li>
 * <li>{@code selesai} closed by an auditor → {@code sesuai} (the auditor accepted the follow-up);</li>
 * <li>{@code dikecualikan} → {@code dikecualikan}.</li>
 * </ul>
 *
 * Nothing is lost: the history is kept as written (old labels included), one entry is appended
 * and the old status is kept in {@code migrated_from}. A document is migrated when it has no
 * {@code kondisi} yet, so running it again changes nothing.
 */
@Component
class FindingStatusMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FindingStatusMigration.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    FindingStatusMigration(MongoTemplate mongo, ObjectProvider<Clock> clock) {
        this.mongo = mongo;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void afterSingletonsInstantiated() {
        int migrated = migrate();
        if (migrated > 0) {
            log.info("{} temuan dimigrasi ke status tindak lanjut baru / findings migrated to the follow-up statuses",
                    migrated);
        }
    }

    /** Migrates every finding without a kondisi; returns how many. */
    int migrate() {
        MongoCollection<Document> findings = mongo.getCollection(FindingDocuments.FINDINGS);
        Instant now = clock.instant();
        int count = 0;
        List<Document> pending = new ArrayList<>();
        findings.find(Filters.exists("kondisi", false)).forEach(pending::add);
        for (Document d : pending) {
            if (findings.updateOne(Filters.and(Filters.eq("_id", d.getString("_id")), Filters.exists("kondisi", false)),
                    update(d, now)).getModifiedCount() > 0) {
                count++;
            }
        }
        return count;
    }

    static Bson update(Document d, Instant now) {
        String old = d.getString("status");
        boolean autoClosed = Boolean.TRUE.equals(d.getBoolean("auto_closed")) && "selesai".equals(old);
        List<Document> history = d.getList("history", Document.class, List.of());
        FindingStatus status = autoClosed ? mapped(statusBeforeAutoClose(history)) : mapped(old);
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("status", status.label()),
                Updates.set("kondisi", (autoClosed ? Kondisi.TIDAK_BERLAKU : Kondisi.BERLAKU).label()),
                Updates.set("kondisi_reason", autoClosed ? d.getString("status_reason") : null),
                Updates.set("migrated_from", old)));
        if (status.auditItem()) {
            updates.add(Updates.set("tindak_lanjut", new Document("rekomendasi_id", null).append("rekomendasi", null)
                    .append("penanggung_jawab", null).append("batas_waktu", null).append("riwayat", auditorNotes(history))));
        }
        if (!status.label().equals(old)) {
            updates.add(Updates.push("history", new Document("at", Date.from(now)).append("actor", FindingStore.SYSTEM_ACTOR)
                    .append("from", old).append("to", status.label())
                    .append("note", "migrasi status tindak lanjut / follow-up status migration: " + old + " → "
                            + status.label() + (autoClosed ? " (kondisi tidak_berlaku)" : ""))));
        }
        return Updates.combine(updates);
    }

    /** The old label's new status; {@code selesai} here is an auditor's close. */
    static FindingStatus mapped(String old) {
        return switch (old == null ? "terbuka" : old) {
            case "ditindaklanjuti" -> FindingStatus.DALAM_PROSES;
            case "selesai" -> FindingStatus.SESUAI;
            case "dikecualikan" -> FindingStatus.DIKECUALIKAN;
            default -> FindingStatus.TERBUKA;
        };
    }

    /** The status a finding had when the system closed it (the last entry into selesai by the system). */
    private static String statusBeforeAutoClose(List<Document> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Document h = history.get(i);
            if ("selesai".equals(h.getString("to")) && FindingStore.SYSTEM_ACTOR.equals(h.getString("actor"))) {
                String from = h.getString("from");
                return "selesai".equals(from) || from == null ? "terbuka" : from;
            }
        }
        return "terbuka";
    }

    /** An auditor's follow-up notes of the old lifecycle, as the riwayat of the migrated item. */
    private static List<Document> auditorNotes(List<Document> history) {
        return history.stream().filter(h -> !FindingStore.SYSTEM_ACTOR.equals(h.getString("actor")))
                .map(h -> new Document("at", h.getDate("at")).append("actor", h.getString("actor"))
                        .append("langkah", "migrasi:" + h.getString("to")).append("catatan", h.getString("note"))
                        .append("bukti", List.of()))
                .toList();
    }
}
