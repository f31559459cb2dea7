package id.patuh.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import id.patuh.calendar.IndonesianZones;
import id.patuh.cases.IngestRecord;

/**
 * The typed fields of one source row. Every problem is collected rather than thrown, so a
 * user sees all of a row's errors at once; each names its field and shows the value sent.
 */
final class RowFields {

    private static final Pattern UNIT = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4])?");
    private static final int MAX_ID_LENGTH = 200;

    private final SourceRow row;
    private final String id;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    /** Fields already rejected as a whole (name or length), so they raise no second error. */
    private final Set<String> rejected = new HashSet<>();
    private ZoneId zone = ZoneId.of("Asia/Jakarta");

    RowFields(SourceRow row, String idColumn) {
        this.row = row;
        this.id = RowText.idOrNull(row.get(idColumn));
    }

    /** Field names a document store would read as operators or paths, and over-long values. */
    void checkNamesAndLengths(int maxLength) {
        row.fields().forEach((name, value) -> {
            if (KindColumns.isOperatorLike(name)) {
                rejected.add(name);
                error(name, name, "nama kolom tidak boleh diawali \"$\" atau memuat \".\"",
                        "column names must not start with \"$\" or contain \".\"");
            } else if (value != null && value.length() > maxLength) {
                rejected.add(name);
                errors.add(CellChecks.tooLong(row.line(), id, name, value, maxLength));
            }
        });
    }

    /** Timestamps without an offset are read in this zone: the unit's. */
    void zone(ZoneId unitZone) {
        if (unitZone != null) {
            zone = unitZone;
        }
    }

    /** The stripped text of a field, or null when blank or already rejected. */
    String text(String field) {
        return rejected.contains(field) ? null : row.get(field);
    }

    String required(String field) {
        String value = text(field);
        if (value == null && !rejected.contains(field)) {
            errors.add(new RowError(row.line(), id, field, field + ": wajib diisi", field + ": required"));
        }
        return value;
    }

    /** An id: 1–200 printable characters, no control or invisible format characters. */
    String id(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value != null && (value.length() > MAX_ID_LENGTH || !value.codePoints().allMatch(RowFields::printable))) {
            error(field, value, "harus 1–200 karakter cetak tanpa karakter kendali",
                    "must be 1–200 printable characters without control characters");
            return null;
        }
        return value;
    }

    String unit(String field) {
        String value = required(field);
        if (value != null && !UNIT.matcher(value).matches()) {
            error(field, value, "hanya huruf kecil, angka, \"-\" dan \"/\", mis. kec-kemlagi/kasi-pemerintahan",
                    "only lower-case letters, digits, \"-\" and \"/\", e.g. kec-kemlagi/kasi-pemerintahan");
            return null;
        }
        return value;
    }

    /** An ISO-8601 instant; without an offset, a local time in the unit's zone. */
    Instant instant(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value == null) {
            return null;
        }
        // A space for the "T" is how spreadsheets write ISO times; nothing else is guessed.
        String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.replaceFirst(" ", "T") : value;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeParseException local) {
                if (DayFirstTime.looksLikeOne(value)) {
                    return dayFirst(field, value);
                }
                error(field, value, "bukan waktu ISO-8601, mis. 2024-04-02T09:15:00+07:00",
                        "not an ISO-8601 time, e.g. 2024-04-02T09:15:00+07:00");
                return null;
            }
        }
    }

    /** A day-first spreadsheet time in the unit's zone, said back in a warning; or an error. */
    private Instant dayFirst(String field, String value) {
        DayFirstTime.Reading reading = DayFirstTime.read(value);
        if (reading.time() == null) {
            error(field, value, reading.problem(), reading.problemEn());
            return null;
        }
        String zoneName = IndonesianZones.name(zone);
        warning(field, "\"" + RowText.shown(value) + "\" dibaca sebagai " + reading.said() + " " + zoneName
                + " (hari/bulan/tahun)", "\"" + RowText.shown(value) + "\" read as " + reading.saidEn() + " "
                + zoneName + " (day/month/year)");
        return reading.time().atZone(zone).toInstant();
    }

    /** A decimal with a point; a comma is refused, as "1.234,5" and "1,5" would be misread. */
    BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (DECIMAL.matcher(value).matches()) {
            // a cell of 2,000 digits matches too: bounded before it becomes a number that is stored and compared
            Optional<RowError> outOfBounds = NumberBounds.check(row.line(), id, field, value);
            if (outOfBounds.isPresent()) {
                errors.add(outOfBounds.get());
                return null;
            }
            return new BigDecimal(value);
        }
        if (value.contains(",")) {
            error(field, value, "memakai koma; tulis desimal dengan titik dan tanpa pemisah ribuan, mis. 1234.5",
                    "uses a comma; write decimals with a point and no thousands separator, e.g. 1234.5");
        } else {
            error(field, value, "bukan angka desimal, mis. 1234.5, -3 atau 0.25",
                    "not a decimal number, e.g. 1234.5, -3 or 0.25");
        }
        return null;
    }

    Integer positiveInteger(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            error(field, value, "harus bilangan bulat ≥ 1", "must be a whole number ≥ 1");
            return null;
        }
        return Integer.valueOf(value);
    }

    String period(String field) {
        String value = required(field);
        String normalised = value == null ? null : value.toUpperCase(Locale.ROOT);
        if (normalised != null && !PERIOD.matcher(normalised).matches()) {
            error(field, value, "harus YYYY-Qn (n 1–4) atau YYYY, mis. 2024-Q1 atau 2024",
                    "must be YYYY-Qn (n 1–4) or YYYY, e.g. 2024-Q1 or 2024");
            return null;
        }
        return normalised;
    }

    /** One of {@code allowed} (case-insensitive, returned lower-case), or {@code fallback} when blank. */
    String choice(String field, List<String> allowed, String fallback) {
        String value = text(field);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            String list = String.join(", ", allowed);
            error(field, value, "harus salah satu dari: " + list, "must be one of: " + list);
            return null;
        }
        return lower;
    }

    void error(String field, String value, String reason, String reasonEn) {
        String shown = RowText.shown(value);
        String name = RowText.shown(field);
        errors.add(new RowError(row.line(), id, name, name + ": " + reason + " (nilai: \"" + shown + "\")",
                name + ": " + reasonEn + " (value: \"" + shown + "\")"));
    }

    void warning(String field, String message, String messageEn) {
        warnings.add(new RowWarning(row.line(), id, field, field + ": " + message, field + ": " + messageEn));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    ValidatedRow result(IngestRecord record) {
        return new ValidatedRow(row.line(), hasErrors() ? null : record, errors, warnings);
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !Character.isISOControl(cp) && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }
}
