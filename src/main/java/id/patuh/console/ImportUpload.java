package id.patuh.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import id.patuh.cases.DataKind;
import id.patuh.ingest.FormatSniffer;
import id.patuh.ingest.InputFormat;
import id.patuh.messages.Texts;

/**
 * What the upload form sent, checked: the kind of data (named as the operator knows it) and
 * the file's format, from its content (an Excel workbook is a ZIP whatever its name says).
 */
record ImportUpload(DataKind kind, InputFormat format, String fileName) {

    /** The form's kinds, in the order the menu shows them. */
    static final Map<String, DataKind> KINDS = kinds();

    /** One kind of the form's menu: the value sent, the words shown. */
    record Choice(String value, String label) {
    }

    /** Why an upload cannot be imported, in the language of the page that sent it. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static ImportUpload of(String kindName, MultipartFile file, long maxBytes) {
        DataKind kind = kindName == null ? null : KINDS.get(kindName.strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new Invalid(Texts.current("console.import.noKind"));
        }
        if (file == null || file.isEmpty()) {
            throw new Invalid(Texts.current("console.import.noFile"));
        }
        if (file.getSize() > maxBytes) {
            throw new Invalid(Texts.current("console.import.overLimit", file.getSize(), maxBytes));
        }
        String name = file.getOriginalFilename() == null ? "unggahan" : file.getOriginalFilename();
        FormatSniffer.Sniffed sniffed = sniff(file, name);
        if (sniffed.format() == null) {
            throw new Invalid(Texts.current("console.import.unreadable", name,
                    PageLanguage.pick(sniffed.problem(), sniffed.problemEn())));
        }
        InputFormat format = sniffed.format();
        if (format == InputFormat.XES && kind != DataKind.ACTIVITIES) {
            throw new Invalid(Texts.current("console.import.xesActivities"));
        }
        return new ImportUpload(kind, format, name);
    }

    /** The form's name of a kind: {@code kegiatan}, {@code indikator}, {@code permintaan}. */
    static String label(String kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().name().equalsIgnoreCase(kind))
                .map(Map.Entry::getKey).findFirst().orElse(kind);
    }

    /** The form's kinds with their words in the page's language. */
    static List<Choice> choices() {
        return KINDS.keySet().stream().map(k -> new Choice(k, kindText(k))).toList();
    }

    /** A kind's words in the page's language ({@code kegiatan} reads "activities" in English). */
    static String kindText(String label) {
        return switch (label) {
            case "kegiatan" -> Texts.current("console.import.kind.kegiatan");
            case "indikator" -> Texts.current("console.import.kind.indikator");
            case "permintaan" -> Texts.current("console.import.kind.permintaan");
            default -> label;
        };
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
