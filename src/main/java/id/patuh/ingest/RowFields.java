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
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

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
                error(name, name, new Text("ingest.row.column-name"));
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
            errors.add(new RowError(row.line(), id, field, Texts.id("ingest.row.required", field),
                    Texts.en("ingest.row.required", field)));
        }
        return value;
    }

    /** An id: 1–200 printable characters, no control or invisible format characters. */
    String id(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value != null && (value.length() > MAX_ID_LENGTH || !value.codePoints().allMatch(RowFields::printable))) {
            error(field, value, new Text("ingest.row.id-printable"));
            return null;
        }
        return value;
    }

    String unit(String field) {
        String value = required(field);
        if (value != null && !UNIT.matcher(value).matches()) {
            error(field, value, new Text("ingest.row.unit-format"));
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
                error(field, value, new Text("ingest.row.not-iso-time"));
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
        String shown = RowText.shown(value);
        warning(field, Texts.id("ingest.row.day-first-read", shown, reading.said(), zoneName),
                Texts.en("ingest.row.day-first-read", shown, reading.saidEn(), zoneName));
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
            error(field, value, new Text("ingest.row.decimal-comma"));
        } else {
            error(field, value, new Text("ingest.row.not-decimal"));
        }
        return null;
    }

    Integer positiveInteger(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            error(field, value, new Text("ingest.row.positive-integer"));
            return null;
        }
        return Integer.valueOf(value);
    }

    String period(String field) {
        String value = required(field);
        String normalised = value == null ? null : value.toUpperCase(Locale.ROOT);
        if (normalised != null && !PERIOD.matcher(normalised).matches()) {
            error(field, value, new Text("ingest.row.period"));
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
            error(field, value, new Text("ingest.row.choice", String.join(", ", allowed)));
            return null;
        }
        return lower;
    }

    void error(String field, String value, Text reason) {
        error(field, value, reason.id(), reason.en());
    }

    /** The reason in both languages (row errors keep both), followed by the value sent. */
    void error(String field, String value, String reason, String reasonEn) {
        String shown = RowText.shown(value);
        String name = RowText.shown(field);
        errors.add(new RowError(row.line(), id, name, Texts.id("ingest.row.value-error", name, reason, shown),
                Texts.en("ingest.row.value-error", name, reasonEn, shown)));
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
