package id.patuh.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import id.patuh.cases.DataKind;
import id.patuh.ingest.FormatSniffer;
import id.patuh.ingest.InputFormat;

/**
 * What the upload form sent, checked: the kind of data (named as the operator knows it) and
 * the file's format, from its content (an Excel workbook is a ZIP whatever its name says).
 */
record ImportUpload(DataKind kind, InputFormat format, String fileName) {

    /** The form's kinds, in the order the menu shows them. */
    static final Map<String, DataKind> KINDS = kinds();

    /** Why an upload cannot be imported, in Indonesian and English. */
    static final class Invalid extends RuntimeException {
        private final String en;

        Invalid(String message, String en) {
            super(message);
            this.en = en;
        }

        String en() {
            return en;
        }
    }

    static ImportUpload of(String kindName, MultipartFile file, long maxBytes) {
        DataKind kind = kindName == null ? null : KINDS.get(kindName.strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new Invalid("Pilih jenis data: kegiatan, indikator atau permintaan.",
                    "Choose the kind of data: activities, indicators or requests.");
        }
        if (file == null || file.isEmpty()) {
            throw new Invalid("Pilih berkas yang akan diunggah (berkas kosong tidak dapat diimpor).",
                    "Choose a file to upload (an empty file cannot be imported).");
        }
        if (file.getSize() > maxBytes) {
            throw new Invalid("Berkas " + file.getSize() + " byte melebihi batas " + maxBytes
                    + " byte; pecah berkas menjadi beberapa bagian.", "The file exceeds the size limit; split it.");
        }
        String name = file.getOriginalFilename() == null ? "unggahan" : file.getOriginalFilename();
        FormatSniffer.Sniffed sniffed = sniff(file, name);
        if (sniffed.format() == null) {
            throw new Invalid("Berkas \"" + name + "\": " + sniffed.problem(), sniffed.problemEn());
        }
        InputFormat format = sniffed.format();
        if (format == InputFormat.XES && kind != DataKind.ACTIVITIES) {
            throw new Invalid("XES hanya untuk log kegiatan.", "XES is for activity logs only.");
        }
        return new ImportUpload(kind, format, name);
    }

    /** The form's name of a kind: {@code kegiatan}, {@code indikator}, {@code permintaan}. */
    static String label(String kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().name().equalsIgnoreCase(kind))
                .map(Map.Entry::getKey).findFirst().orElse(kind);
    }

    /** The format from the file's first bytes; its name only tells text formats apart. */
    private static FormatSniffer.Sniffed sniff(MultipartFile file, String name) {
        try {
            return FormatSniffer.sniff(file.getInputStream(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, DataKind> kinds() {
        Map<String, DataKind> kinds = new LinkedHashMap<>();
        kinds.put("kegiatan", DataKind.ACTIVITIES);
        kinds.put("indikator", DataKind.INDICATORS);
        kinds.put("permintaan", DataKind.REQUESTS);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
