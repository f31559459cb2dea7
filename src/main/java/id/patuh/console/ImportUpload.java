package id.patuh.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

import id.patuh.ingest.DataKind;
import id.patuh.ingest.InputFormat;

/**
 * What the upload form sent, checked: the kind of data (named as the operator knows it) and
 * the file's format, from its extension or else its content type.
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
        InputFormat format = InputFormat.ofFileName(name).or(() -> ofContentType(file.getContentType()))
                .orElseThrow(() -> new Invalid("Format berkas \"" + name + "\" tidak dikenal: gunakan .csv, .json, "
                        + ".ndjson atau .xes.", "Unknown file format: use .csv, .json, .ndjson or .xes."));
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

    private static Optional<InputFormat> ofContentType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("csv")) {
            return Optional.of(InputFormat.CSV);
        }
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("jsonlines")) {
            return Optional.of(InputFormat.NDJSON);
        }
        if (type.contains("json")) {
            return Optional.of(InputFormat.JSON);
        }
        return type.contains("xml") || type.contains("xes") ? Optional.of(InputFormat.XES) : Optional.empty();
    }

    private static Map<String, DataKind> kinds() {
        Map<String, DataKind> kinds = new LinkedHashMap<>();
        kinds.put("kegiatan", DataKind.ACTIVITIES);
        kinds.put("indikator", DataKind.INDICATORS);
        kinds.put("permintaan", DataKind.REQUESTS);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
