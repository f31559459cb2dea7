package id.patuh.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken calendar file must say which file, which line and which field, in both languages. */
class CalendarConfigErrorTests {

    @TempDir
    Path dir;

    private CalendarConfigException holidayError(String yaml) throws IOException {
        Path holidays = Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(holidays.resolve("2024.yaml"), yaml);
        return catchThrowableOfType(CalendarConfigException.class,
                () -> CalendarService.load(holidays, dir.resolve("tidak-ada.yaml")));
    }

    private CalendarConfigException unitsError(String yaml) throws IOException {
        Path units = Files.writeString(dir.resolve("calendars.yaml"), yaml);
        return catchThrowableOfType(CalendarConfigException.class,
                () -> CalendarService.load(dir.resolve("tidak-ada"), units));
    }

    private static void assertPointsAt(CalendarConfigException e, String file, int line, String field) {
        assertThat(e).as("expected a CalendarConfigException").isNotNull();
        assertThat(e.file()).endsWith(file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage())
                .contains(file + " baris " + line + ", kolom \"" + field + "\"")
                .contains(" / ")
                .contains(file + " line " + line + ", field \"" + field + "\"");
    }

    @Test
    void badHolidayDateNamesFileLineAndField() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2024
                source: "uji"
                holidays:
                  - {date: 2024-01-01, name: "Tahun Baru", kind: libur-nasional}
                  - {date: 2024-02-30, name: "Tidak ada", kind: libur-nasional}
                """);
        assertPointsAt(e, "2024.yaml", 5, "holidays[1].date");
        assertThat(e.getMessage()).contains("tanggal \"2024-02-30\" tidak valid").contains("date \"2024-02-30\" is invalid");
    }

    @Test
    void holidayInAnotherYearIsRefused() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2024
                source: "uji"
                holidays:
                  - {date: 2025-01-01, name: "Tahun Baru", kind: libur-nasional}
                """);
        assertPointsAt(e, "2024.yaml", 4, "holidays[0].date");
    }

    @Test
    void yearMustMatchTheFileName() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2025
                source: "uji"
                holidays: []
                """);
        assertPointsAt(e, "2024.yaml", 1, "year");
    }

    @Test
    void unknownHolidayKindIsRefused() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2024
                source: "uji"
                holidays:
                  - date: 2024-01-01
                    name: "Tahun Baru"
                    kind: libur-besar
                """);
        assertPointsAt(e, "2024.yaml", 6, "holidays[0].kind");
        assertThat(e.getMessage()).contains("jenis \"libur-besar\" tidak dikenal");
    }

    @Test
    void holidayFileWithoutSourceIsRefused() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2024
                holidays: []
                """);
        assertPointsAt(e, "2024.yaml", 1, "(berkas)");
        assertThat(e.getMessage()).contains("kolom \"source\" wajib diisi").contains("field \"source\" is required");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() throws IOException {
        CalendarConfigException e = holidayError("""
                year: 2024
                source: "uji"
                holidays:
                  - {date: 2024-01-01, name: "Tahun Baru"
                  - {date: 2024-01-02, name: "x"}
                """);
        assertThat(e).isNotNull();
        assertThat(e.file()).endsWith("2024.yaml");
        assertThat(e.line()).isBetween(4, 6);
        assertThat(e.getMessage()).contains("YAML tidak valid").contains("invalid YAML");
    }

    @Test
    void unknownWeekdayNamesFileLineAndField() throws IOException {
        CalendarConfigException e = unitsError("""
                default:
                  zone: Asia/Jakarta
                  hours:
                    senen: ["07:30-12:00"]
                """);
        assertPointsAt(e, "calendars.yaml", 4, "default.hours.senen");
        assertThat(e.getMessage()).contains("hari \"senen\" tidak dikenal").contains("weekday \"senen\" is unknown");
    }

    @Test
    void overlappingPeriodsAreRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh:
                    hours:
                      senin: ["07:30-12:00", "11:00-16:00"]
                """);
        assertPointsAt(e, "calendars.yaml", 4, "units.kec-contoh.hours.senin");
        assertThat(e.getMessage())
                .contains("jam kerja \"07:30-12:00\" / \"11:00-16:00\" bertumpang tindih")
                .contains("office periods \"07:30-12:00\" / \"11:00-16:00\" overlap");
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                default:
                  hours:
                    senin: ["07:30-12:00"]
                    selasa:
                      - "07:30-12:00"
                      - "16:00-13:00"
                """);
        assertPointsAt(e, "calendars.yaml", 6, "default.hours.selasa[1]");
        assertThat(e.getMessage()).contains("jam \"16:00-13:00\" tidak valid").contains("with the end after the start");
    }

    @Test
    void unknownZoneIsRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh:
                    zone: Asia/Bandung
                """);
        assertPointsAt(e, "calendars.yaml", 3, "units.kec-contoh.zone");
        assertThat(e.getMessage()).contains("zona waktu \"Asia/Bandung\" tidak dikenal").contains("time zone \"Asia/Bandung\" is unknown");
    }

    @Test
    void misspeltFieldIsRefusedRatherThanIgnored() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh:
                    local_holiday:
                      - {date: 2025-07-01, name: "Hari jadi"}
                """);
        assertPointsAt(e, "calendars.yaml", 3, "units.kec-contoh.local_holiday");
        assertThat(e.getMessage()).contains("kolom tidak dikenal").contains("unknown field");
    }

    @Test
    void calendarWithoutAnyOfficeHoursIsRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh:
                    hours: {senin: [], selasa: [], rabu: [], kamis: [], jumat: []}
                """);
        assertPointsAt(e, "calendars.yaml", 3, "units.kec-contoh");
        assertThat(e.getMessage()).contains("tidak ada satu hari pun dengan jam kerja").contains("no weekday has office hours");
    }

    @Test
    void overlappingRamadanPeriodsAreRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                default:
                  periods:
                    - {from: 2025-03-01, to: 2025-03-30, hours: {senin: ["08:00-15:00"]}}
                    - {from: 2025-03-15, to: 2025-04-05, hours: {senin: ["08:00-14:00"]}}
                """);
        assertPointsAt(e, "calendars.yaml", 4, "default.periods[1]");
        assertThat(e.getMessage()).contains("periode 2025-03-15 s.d. 2025-04-05 bertumpang tindih dengan 2025-03-01")
                .contains("period 2025-03-15 to 2025-04-05 overlaps 2025-03-01 to 2025-03-30");
    }

    @Test
    void badLocalHolidayDateInUnitIsRefused() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh:
                    local_holidays:
                      - {date: 01-07-2025, name: "Hari jadi"}
                """);
        assertPointsAt(e, "calendars.yaml", 4, "units.kec-contoh.local_holidays[0].date");
    }

    @Test
    void unitKeyWithASlashIsRefusedBecauseItCouldNeverMatch() throws IOException {
        CalendarConfigException e = unitsError("""
                units:
                  kec-contoh/umum:
                    zone: WITA
                """);
        assertPointsAt(e, "calendars.yaml", 3, "units.kec-contoh/umum");
        assertThat(e.getMessage()).contains("tanpa \"/\"").contains("without \"/\"");
    }
}
