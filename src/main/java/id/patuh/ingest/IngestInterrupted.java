package id.patuh.ingest;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/**
 * The store became unreachable during an import. Everything {@link #stored()} counts was
 * acknowledged by the store (all rows through {@link #throughLine()}); nothing after that line
 * was acknowledged, though a part of the batch in flight may have reached the store. Sending
 * the same input again is safe: stored rows come back as duplicates, the rest is stored.
 */
public final class IngestInterrupted extends DomainException {

    private final transient IngestReport stored;
    private final long throughLine;

    IngestInterrupted(IngestReport stored, long throughLine, RuntimeException cause) {
        super(Refusal.UNAVAILABLE, "Penyimpanan tidak tersedia / store unavailable", message(stored, throughLine),
                cause);
        this.stored = stored;
        this.throughLine = throughLine;
        // exactly what the store acknowledged, so the client knows what sending the file again will do
        property("through_line", throughLine);
        property("accepted", stored.accepted());
        property("updated", stored.updated());
        property("duplicates", stored.duplicates());
        property("rejected", stored.rejected());
        property("errors", stored.errors());
    }

    /** The report of the acknowledged part: counts and row errors through {@link #throughLine()}. */
    public IngestReport stored() {
        return stored;
    }

    /** The last line of the input whose row is settled (stored, duplicate or rejected); 0 for none. */
    public long throughLine() {
        return throughLine;
    }

    private static String message(IngestReport r, long line) {
        if (line == 0) {
            return "Penyimpanan tidak dapat dihubungi; belum ada baris impor ini yang tersimpan. Kirim ulang berkas "
                    + "yang sama setelah penyimpanan pulih / the store is unreachable; no row of this import was "
                    + "stored. Send the same file again once the store is back";
        }
        return "Penyimpanan tidak dapat dihubungi di tengah impor. Baris sampai baris " + line + " sudah selesai: "
                + r.accepted() + " diterima, " + r.updated() + " diperbarui, " + r.duplicates()
                + " duplikat (sudah tersimpan), " + r.rejected() + " ditolak; baris sesudahnya belum tersimpan. "
                + "Kirim ulang berkas yang sama setelah penyimpanan pulih: baris yang sudah tersimpan akan dihitung "
                + "sebagai duplikat / the store became unreachable during the import. Rows through line " + line
                + " are settled: " + r.accepted() + " accepted, " + r.updated() + " updated, " + r.duplicates()
                + " duplicates (already stored), " + r.rejected() + " rejected; later rows were not stored. Send "
                + "the same file again once the store is back: rows already stored will count as duplicates";
    }
}
