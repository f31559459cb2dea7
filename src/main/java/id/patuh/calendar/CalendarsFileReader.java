package id.patuh.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.patuh.messages.Text;

/**
 * Reads {@code calendars.yaml}: a {@code default} calendar and per-unit overrides keyed by
 * tenant code. A unit inherits every field it leaves out; its {@code hours} replace only the
 * weekdays it names, and its {@code local_holidays} add to the default's.
 */
final class CalendarsFileReader {

    /** The default calendar and the unit calendars, keyed by lower-case tenant code. */
    record UnitSpecs(CalendarSpec defaults, Map<String, CalendarSpec> units) {
    }

    private static final Set<String> FILE_KEYS = Set.of("default", "units");
    private static final Set<String> SPEC_KEYS = Set.of("name", "zone", "days", "hours", "periods", "local_holidays");
    private static final Set<String> PERIOD_KEYS = Set.of("name", "from", "to", "hours");

    private CalendarsFileReader() {
    }

    static UnitSpecs read(ConfigNode root) {
        root.allowOnly(FILE_KEYS);
        CalendarSpec defaults = root.optional("default")
                .map(node -> spec(node, CalendarSpec.KEPPRES_68_1995))
                .orElse(CalendarSpec.KEPPRES_68_1995);
        Map<String, CalendarSpec> units = new LinkedHashMap<>();
        root.optional("units").ifPresent(node -> node.entries().forEach(
                (code, unit) -> units.put(tenantCode(code, unit), spec(unit, defaults))));
        return new UnitSpecs(defaults, units);
    }

    /** Units are looked up by the part of their code before "/", so a key with "/" would never match. */
    private static String tenantCode(String code, ConfigNode unit) {
        if (code.contains("/")) {
            throw unit.error(new Text("calendar.unit.code-with-slash", code));
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static CalendarSpec spec(ConfigNode node, CalendarSpec base) {
        node.allowOnly(SPEC_KEYS);
        WeeklyHours hours = node.optional("hours").map(h -> weekly(h).over(base.hours())).orElse(base.hours());
        if (!hours.hasAnyHours()) {
            // Without one working weekday no step could ever fall due.
            throw node.error(new Text("calendar.hours.none"));
        }
        return new CalendarSpec(
                node.optional("zone").map(CalendarsFileReader::zone).orElse(base.zone()),
                hours,
                node.optional("periods").map(CalendarsFileReader::datedList).orElse(base.periods()),
                node.optional("days").map(CalendarsFileReader::dayCounting).orElse(base.dayCounting()),
                Stream.concat(base.localHolidays().stream(), localHolidays(node).stream()).toList());
    }

    private static ZoneId zone(ConfigNode node) {
        return node.as(text -> ZoneId.of(IndonesianZones.zoneId(text)),
                text -> new Text("calendar.zone.unknown", text));
    }

    private static DayCounting dayCounting(ConfigNode node) {
        return node.as(text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "kerja", "working" -> DayCounting.WORKING;
            case "kalender", "calendar" -> DayCounting.CALENDAR;
            default -> throw new IllegalArgumentException(text);
        }, text -> new Text("calendar.day-counting.unknown", text));
    }

    /** Weekday name → periods; only the weekdays named appear in the result. */
    private static WeeklyHours weekly(ConfigNode node) {
        Map<DayOfWeek, List<OfficePeriod>> days = new EnumMap<>(DayOfWeek.class);
        node.entries().forEach((name, value) -> {
            DayOfWeek day = Weekdays.parse(name).orElseThrow(() -> value.error(new Text("calendar.weekday.unknown", name)));
            if (days.containsKey(day)) {
                throw value.error(new Text("calendar.weekday.twice", name));
            }
            days.put(day, periods(value));
        });
        return new WeeklyHours(days);
    }

    private static List<OfficePeriod> periods(ConfigNode node) {
        List<OfficePeriod> periods = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            periods.add(item.as(OfficePeriod::parse,
                    text -> new Text("calendar.hours.invalid", text)));
        }
        Collections.sort(periods);
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i - 1).overlaps(periods.get(i))) {
                String pair = "\"" + periods.get(i - 1) + "\" / \"" + periods.get(i) + "\"";
                throw node.error(new Text("calendar.hours.overlap", pair));
            }
        }
        return periods;
    }

    /** Dated overrides, refusing two that cover the same date: which one wins would be a guess. */
    private static List<DatedHours> datedList(ConfigNode node) {
        List<DatedHours> list = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            DatedHours dated = dated(item);
            for (DatedHours earlier : list) {
                if (earlier.overlaps(dated)) {
                    throw item.error(new Text("calendar.period.overlap", dated.from(), dated.to(),
                            earlier.from(), earlier.to()));
                }
            }
            list.add(dated);
        }
        return list;
    }

    private static DatedHours dated(ConfigNode node) {
        node.allowOnly(PERIOD_KEYS);
        LocalDate from = date(node.required("from"));
        ConfigNode toNode = node.required("to");
        LocalDate to = date(toNode);
        if (to.isBefore(from)) {
            throw toNode.error(new Text("calendar.period.end-before-start", to, from));
        }
        return new DatedHours(from, to, weekly(node.required("hours")));
    }

    private static LocalDate date(ConfigNode node) {
        return node.as(LocalDate::parse,
                text -> new Text("calendar.date.invalid", text));
    }

    private static List<Holiday> localHolidays(ConfigNode node) {
        return node.optional("local_holidays")
                .map(list -> list.items().stream()
                        .map(item -> HolidayFileReader.holiday(item, null, HolidayKind.LIBUR_DAERAH))
                        .toList())
                .orElse(List.of());
    }
}
