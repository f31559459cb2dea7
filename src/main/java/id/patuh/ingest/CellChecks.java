package id.patuh.ingest;

import java.util.Optional;

import id.patuh.messages.Texts;

/** The checks every reader makes on each cell before a row reaches validation. */
final class CellChecks {

    private CellChecks() {
    }

    /** Why the cell cannot be taken as text, if it cannot. */
    static Optional<RowError> check(long line, String id, String field, String value, int maxLength) {
        if (value.indexOf(Utf8CharSource.MALFORMED) >= 0) {
            String shown = RowText.shown(value);
            return Optional.of(new RowError(line, id, field, Texts.id("ingest.cell.not-utf8", field, shown),
                    Texts.en("ingest.cell.not-utf8", field, shown)));
        }
        if (value.length() > maxLength) {
            return Optional.of(tooLong(line, id, field, value, maxLength));
        }
        return Optional.empty();
    }

    static RowError tooLong(long line, String id, String field, String value, int maxLength) {
        String shown = RowText.shown(value);
        return new RowError(line, id, field, Texts.id("ingest.cell.too-long", field, value.length(), maxLength, shown),
                Texts.en("ingest.cell.too-long", field, value.length(), maxLength, shown));
    }
}
