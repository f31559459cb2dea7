package id.patuh.report;

/**
 * Text for spreadsheet cells and CSV fields. A cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return) is read by Excel and LibreOffice as a
 * formula — a unit name or a finding message could then run a formula on an evaluator's machine
 * (CSV injection) — so such text gets a leading apostrophe, which spreadsheets show as text.
 */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
