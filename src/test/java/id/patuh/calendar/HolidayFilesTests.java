package id.patuh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped holiday data matches the SKB 3 Menteri counts and the dates auditors ask about. */
class HolidayFilesTests {

    private static HolidayFileReader.HolidayYear read(int year) {
        ConfigFile file = ConfigLocations.holidayFiles(Path.of("config/holidays")).stream()
                .filter(f -> f.fileName().equals(year + ".yaml"))
                .findFirst().orElseThrow();
        return HolidayFileReader.read(file.parse(), year);
    }

    @ParameterizedTest(name = "{0}: {1} libur nasional, {2} cuti bersama")
    @CsvSource({"2024,19,10", "2025,17,11", "2026,17,8"})
    void eachYearHasTheSkbCounts(int year, int liburNasional, int cutiBersama) {
        HolidayFileReader.HolidayYear data = read(year);
        Map<HolidayKind, Long> byKind = data.holidays().stream()
                .collect(Collectors.groupingBy(Holiday::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(HolidayKind.LIBUR_NASIONAL, (long) liburNasional)
                .containsEntry(HolidayKind.CUTI_BERSAMA, (long) cutiBersama);
        assertThat(data.source()).contains("SKB");
        List<LocalDate> dates = data.holidays().stream().map(Holiday::date).toList();
        assertThat(dates).doesNotHaveDuplicates().isSorted();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-02-14|LIBUR_NASIONAL|Pemilu", "2024-11-27|LIBUR_NASIONAL|Pilkada",
            "2024-04-10|LIBUR_NASIONAL|Idul Fitri", "2024-04-15|CUTI_BERSAMA|Idul Fitri",
            "2025-08-18|CUTI_BERSAMA|HUT ke-80", "2025-03-31|LIBUR_NASIONAL|Idul Fitri",
            "2026-03-21|LIBUR_NASIONAL|Idul Fitri", "2026-12-24|CUTI_BERSAMA|Yesus Kristus"})
    void knownDatesAreListed(LocalDate date, HolidayKind kind, String nameContains) {
        Holiday holiday = read(date.getYear()).holidays().stream()
                .filter(h -> h.date().equals(date)).findFirst().orElseThrow();
        assertThat(holiday.kind()).isEqualTo(kind);
        assertThat(holiday.name()).contains(nameContains);
    }
}
