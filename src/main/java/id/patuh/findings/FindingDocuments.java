package id.patuh.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bson.Document;

import id.patuh.evaluation.Finding;

/** Maps a raised {@link Finding} to its stored document and the stored document to the API view. */
final class FindingDocuments {

    static final String FINDINGS = "findings";
    static final String SCOPES = "finding_scopes";
    static final String AUDIT_TRAIL = "audit_trail";

    private FindingDocuments() {
    }

    /**
     * The fields that evaluation owns; lifecycle fields are not among them. {@code dilanggar_pada}
     * only when the rule gave it, so that a rule without one never erases what another wrote.
     */
    static Document content(Finding f, String scope) {
        Document content = new Document("scope", scope).append("code", f.code()).append("severity", f.severity())
                .append("sop_code", f.sopCode()).append("case_id", f.caseId()).append("step_no", f.stepNo())
                .append("unit", f.unit()).append("tenant", tenant(f.unit()))
                .append("indicator_code", f.indicatorCode()).append("period", f.period()).append("rule", f.rule())
                .append("message", f.message()).append("message_en", f.messageEn()).append("evidence", f.evidence())
                .append("rule_set_version", f.ruleSetVersion()).append("sop_version", f.sopVersion());
        if (f.brokenAt() != null) {
            content.append("dilanggar_pada", Date.from(f.brokenAt()));
        }
        return content;
    }

    /** Whether evaluation produced something other than what is stored (so a write is due). */
    static boolean changed(Document stored, Document content) {
        for (String key : content.keySet()) {
            if (!Objects.equals(stored.get(key), content.get(key))) {
                return true;
            }
        }
        return false;
    }

    static Document historyEntry(Instant at, String actor, FindingStatus from, FindingStatus to, String note) {
        return new Document("at", Date.from(at)).append("actor", actor)
                .append("from", from == null ? null : from.label()).append("to", to.label()).append("note", note);
    }

    static Document followUpEntry(Instant at, String actor, String langkah, String catatan, List<String> bukti) {
        return new Document("at", Date.from(at)).append("actor", actor).append("langkah", langkah)
                .append("catatan", catatan).append("bukti", bukti);
    }

    /**
     * The API view; {@code today} (the inspektorat's date) decides whether an audit item is overdue,
     * {@code age} how many working days have passed since the rule was broken.
     */
    static FindingView view(Document d, LocalDate today, FindingAge age) {
        Instant brokenAt = instant(d, "dilanggar_pada");
        String source = brokenAt == null ? FindingView.SUMBER_DETEKSI : FindingView.SUMBER_ATURAN;
        Instant since = brokenAt == null ? instant(d, "detected_at") : brokenAt;
        List<Document> history = d.getList("history", Document.class, List.of());
        FindingStatus status = FindingStatus.fromLabel(d.getString("status"));
        return new FindingView(d.getString("_id"), d.getString("code"), d.getString("severity"),
                d.getString("sop_code"), d.getString("case_id"), d.getInteger("step_no"), d.getString("unit"),
                d.getString("indicator_code"), d.getString("period"), d.getString("rule"), d.getString("message"),
                d.getString("message_en"), d.getList("evidence", String.class, List.of()), instant(d, "detected_at"),
                d.getString("rule_set_version"), status,
                d.getString("status_reason"), instant(d, "updated_at"),
                history.stream().map(FindingDocuments::historyView).toList(),
                Kondisi.fromLabel(d.getString("kondisi")), d.getString("kondisi_reason"),
                followUp(status, d.get("tindak_lanjut", Document.class), today), d.getString("sop_version"),
                since, source, age.workingDays(d.getString("unit"), since));
    }

    private static FollowUp followUp(FindingStatus status, Document t, LocalDate today) {
        if (!status.auditItem() || t == null) {
            return null;
        }
        String due = t.getString("batas_waktu");
        LocalDate batasWaktu = due == null ? null : LocalDate.parse(due);
        List<FollowUp.Entry> riwayat = t.getList("riwayat", Document.class, List.of()).stream()
                .map(e -> new FollowUp.Entry(instant(e, "at"), e.getString("actor"), e.getString("langkah"),
                        e.getString("catatan"), e.getList("bukti", String.class, List.of())))
                .toList();
        return new FollowUp(status, t.getString("rekomendasi_id"), t.getString("rekomendasi"),
                t.getString("penanggung_jawab"), batasWaktu, t.getString("sebab"), FollowUp.overdue(status, batasWaktu, today), riwayat);
    }

    private static FindingView.HistoryEntry historyView(Document h) {
        return new FindingView.HistoryEntry(instant(h, "at"), h.getString("actor"), h.getString("from"),
                h.getString("to"), h.getString("note"));
    }

    static String tenant(String unit) {
        if (unit == null) {
            return null;
        }
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }
}
