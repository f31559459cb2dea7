package id.patuh.sopimport;

/** The headings of the six lists, as offices and OCR spell them ("Peralatan/Perengkapan", "Pencatataa"). */
final class ListHeadings {

    private ListHeadings() {
    }

    /** The catalog key the cell heads, or null when it is no list heading. */
    static String key(String cell) {
        String plain = SourceText.plain(cell);
        if (plain.isEmpty() || plain.length() > 40) {
            return null;
        }
        String key = SourceText.key(plain);
        if (key.startsWith("dasarhukum")) {
            return "dasar_hukum";
        }
        if (key.startsWith("kualifikasi")) {
            return "kualifikasi_pelaksana";
        }
        if (key.startsWith("keterkaitan")) {
            return "keterkaitan";
        }
        if (key.startsWith("peralatan") || key.startsWith("perlengkapan")) {
            return "peralatan";
        }
        if (key.startsWith("peringatan")) {
            return "peringatan";
        }
        if (key.startsWith("pencatata") || key.startsWith("pendataan")) {
            return "pencatatan";
        }
        return null;
    }
}
