package id.patuh.ingest;

import java.util.Optional;

/** The checks every reader makes on each cell before a row reaches validation. */
final class CellChecks {

    private CellChecks() {
    }

    /** Why the cell cannot be taken as text, if it cannot. */
    static Optional<RowError> check(long line, String id, String field, String value, int maxLength) {
        if (value.indexOf(Utf8CharSource.MALFORMED) >= 0) {
            return Optional.of(new RowError(line, id, field,
                    field + ": bukan UTF-8 (nilai: \"" + RowText.shown(value) + "\"); simpan berkas sebagai UTF-8",
                    field + ": not UTF-8 (value: \"" + RowText.shown(value) + "\"); save the file as UTF-8"));
        }
        if (value.length() > maxLength) {
            return Optional.of(tooLong(line, id, field, value, maxLength));
        }
        return Optional.empty();
    }

    static RowError tooLong(long line, String id, String field, String value, int maxLength) {
        return new RowError(line, id, field,
                field + ": terlalu panjang, " + value.length() + " karakter, maksimum " + maxLength
                        + " (nilai: \"" + RowText.shown(value) + "\")",
                field + ": too long, " + value.length() + " characters, at most " + maxLength
                        + " (value: \"" + RowText.shown(value) + "\")");
    }
}
