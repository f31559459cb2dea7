package id.patuh.ingest;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A request body refused before a row is read: nothing of it was stored. */
final class IngestRefused extends DomainException {

    private IngestRefused(Refusal refusal, String title, String detail) {
        super(refusal, title, detail);
    }

    static IngestRefused unsupported(String contentType, String supported) {
        return new IngestRefused(Refusal.UNSUPPORTED_TYPE, "Jenis isi tidak didukung / Unsupported Media Type",
                "Jenis isi tidak didukung: " + contentType + ". Gunakan " + supported + " / unsupported Content-Type");
    }

    static IngestRefused tooLarge(long bytes, long maxBytes) {
        return new IngestRefused(Refusal.TOO_LARGE, "Isi terlalu besar / Payload Too Large", "Isi permintaan " + bytes
                + " byte melebihi batas " + maxBytes + " byte; tidak ada yang disimpan. Pecah berkas menjadi "
                + "beberapa bagian / request body exceeds the limit; nothing was stored");
    }
}
