package id.patuh.calendar;

import static id.patuh.calendar.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@ExtendWith(OutputCaptureExtension.class)
class CalendarServiceTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dir;

    @Test
    void shippedFilesLoadWithHolidaysFor2024To2026() {
        assertThat(TestCalendars.SHIPPED.holidayYears()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void namedUnitsUseTheDefaultWibCalendar() {
        CalendarService service = TestCalendars.SHIPPED;
        for (String unit : new String[] {"kec-tanjunganom/umum", "kec-kemlagi/pelayanan", "kec-suakmidai",
                "bpkad-waykanan/aset", "setda-sidoarjo-perencanaan/program"}) {
            WorkingCalendar calendar = service.forUnit(unit);
            assertThat(calendar.zone()).as(unit).isEqualTo(WIB);
            assertThat(calendar.dayCounting()).as(unit).isEqualTo(DayCounting.WORKING);
            assertThat(calendar.workingDuration(wib("2025-01-06T00:00"), wib("2025-01-13T00:00")))
                    .as(unit).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        }
    }

    @Test
    void unitCodeIsMatchedOnItsTenantPartIgnoringCase() {
        CalendarService service = TestCalendars.SHIPPED;
        assertThat(service.forUnit("CONTOH-WITA/Sekretariat/Umum").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(service.forUnit("contoh-wita").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void unknownUnitsGetTheDefaultCalendar() {
        CalendarService service = TestCalendars.SHIPPED;
        assertThat(service.forUnit("dinas-tidak-terdaftar/umum")).isSameAs(service.defaultCalendar());
        assertThat(service.forUnit(null)).isSameAs(service.defaultCalendar());
    }

    @Test
    void unitLocalHolidaysApplyOnlyToThatUnit() {
        LocalDate hariJadi = LocalDate.parse("2025-07-01");
        assertThat(TestCalendars.SHIPPED.forUnit("contoh-wita").isWorkingDay(hariJadi)).isFalse();
        assertThat(TestCalendars.SHIPPED.defaultCalendar().isWorkingDay(hariJadi)).isTrue();
    }

    @Test
    void fallsBackToTheCopiesPackedOnTheClasspath() {
        CalendarService service = CalendarService.load(dir.resolve("tidak-ada"), dir.resolve("tidak-ada.yaml"));
        assertThat(service.holidayYears()).containsExactly(2024, 2025, 2026);
        assertThat(service.forUnit("contoh-wita").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(service.defaultCalendar().isWorkingDay(LocalDate.parse("2024-02-14"))).isFalse();
    }

    @Test
    void propertiesDefaultToTheConfigFolder() {
        CalendarProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of("patuh.other", "x")))
                .bindOrCreate("patuh.calendar", CalendarProperties.class);
        assertThat(defaults.holidaysDir()).isEqualTo(Path.of("config/holidays"));
        assertThat(defaults.unitsFile()).isEqualTo(Path.of("config/calendars.yaml"));
        CalendarProperties bound = new Binder(new MapConfigurationPropertySource(
                Map.of("patuh.calendar.holidays-dir", "/etc/patuh/libur"))).bindOrCreate("patuh.calendar", CalendarProperties.class);
        assertThat(bound.holidaysDir()).isEqualTo(Path.of("/etc/patuh/libur"));
    }

    @Test
    void aYearWithoutHolidayFileHasOnlyWeekendsAndIsWarnedOnce(CapturedOutput output) throws IOException {
        CalendarService service = CalendarService.load(write("libur/2025.yaml", """
                year: 2025
                source: "uji"
                holidays:
                  - {date: 2025-01-01, name: "Tahun Baru", kind: libur-nasional}
                """).getParent(), dir.resolve("tidak-ada.yaml"));
        WorkingCalendar calendar = service.defaultCalendar();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();
        assertThat(output.getAll().split("No holiday file for year 2027", -1)).hasSize(2);
    }

    @Test
    void ramadanHoursApplyOnlyBetweenTheirDatesAndKeepSaturdayService() throws IOException {
        Path units = write("calendars.yaml", """
                default:
                  periods:
                    - name: "Ramadan 1446 H"
                      from: 2025-03-01
                      to: 2025-03-30
                      hours:
                        senin: ["08:00-12:00", "12:30-15:00"]
                units:
                  layanan-sabtu:
                    hours:
                      sabtu: ["08:00-12:00"]
                  tanpa-ramadan:
                    periods: []
                """);
        CalendarService service = CalendarService.load(dir.resolve("tidak-ada"), units);
        WorkingCalendar calendar = service.defaultCalendar();
        assertThat(calendar.workingDuration(wib("2025-03-03T00:00"), wib("2025-03-04T00:00")))
                .isEqualTo(Duration.ofMinutes(390));
        assertThat(calendar.workingDuration(wib("2025-03-04T00:00"), wib("2025-03-05T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(calendar.workingDuration(wib("2025-04-14T00:00"), wib("2025-04-15T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(service.forUnit("layanan-sabtu").workingDuration(wib("2025-03-08T00:00"), wib("2025-03-09T00:00")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(service.forUnit("tanpa-ramadan").workingDuration(wib("2025-03-03T00:00"), wib("2025-03-04T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void calendarDayCountingCanBeChosenPerUnit() throws IOException {
        Path units = write("calendars.yaml", """
                units:
                  puskesmas-contoh:
                    zone: WITA
                    days: kalender
                """);
        WorkingCalendar calendar = CalendarService.load(dir.resolve("tidak-ada"), units).forUnit("puskesmas-contoh/ugd");
        assertThat(calendar.dayCounting()).isEqualTo(DayCounting.CALENDAR);
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void springBindsThePropertiesAndBuildsTheService() throws IOException {
        Path units = write("calendars.yaml", """
                units:
                  kec-contoh:
                    zone: Asia/Jayapura
                """);
        new ApplicationContextRunner()
                .withUserConfiguration(CalendarWiring.class)
                .withPropertyValues("patuh.calendar.units-file=" + units)
                .run(context -> assertThat(context.getBean(CalendarService.class).forUnit("kec-contoh/umum").zone())
                        .isEqualTo(ZoneId.of("Asia/Jayapura")));
    }

    @Test
    void brokenCalendarFileStopsTheApplicationFromStarting() throws IOException {
        Path units = write("calendars.yaml", "units:\n  kec-contoh:\n    zone: Asia/Bandung\n");
        new ApplicationContextRunner()
                .withUserConfiguration(CalendarWiring.class)
                .withPropertyValues("patuh.calendar.units-file=" + units)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(CalendarConfigException.class)
                        .hasMessageContaining("line 3"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    @Import(CalendarService.class)
    static class CalendarWiring {
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
