package id.patuh.sopimport;

import java.util.Locale;

import id.patuh.messages.Text;

/** Turns what POI and PDFBox throw for a bad file into one message a user can act on. */
final class OfficeErrors {

    private OfficeErrors() {
    }

    static SopImportException unreadable(String name, String kind, Exception e) {
        if (e instanceof SopImportException own) {
            return own;
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.toLowerCase(Locale.ROOT).contains("zip bomb") || detail.contains("inflate ratio")
                || detail.toLowerCase(Locale.ROOT).contains("max entry size")
                || detail.toLowerCase(Locale.ROOT).contains("exceeds the maximum")) {
            return new SopImportException(new Text("sopimport.read.office-bomb", name, kind), e);
        }
        return new SopImportException(new Text("sopimport.read.office-broken", name, kind, detail), e);
    }
}
