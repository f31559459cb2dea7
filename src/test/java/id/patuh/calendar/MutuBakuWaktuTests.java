package id.patuh.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MutuBakuWaktuTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "5 Menit|PT5M", "5 menit|PT5M", "90 Menit|PT1H30M", "1 Jam|PT1H", "2 jam|PT2H",
            "3 hari|P3D", "1 Hari|P1D", "15 mnt|PT15M", "1,5 jam|PT1H30M", "5 MENIT|PT5M",
            "  5   menit |PT5M", "5menit|PT5M", "2 Jam.|PT2H", "0,25 jam|PT15M", "1,0 hari|P1D"})
    void parsesWhatSopsWrite(String text, String iso) {
        assertThat(MutuBakuWaktu.parseText(text, null).toIso()).isEqualTo(iso);
    }

    @Test
    void readsANonBreakingSpaceCopiedFromAWordTable() {
        assertThat(MutuBakuWaktu.parseText("5\u00A0Menit", null)).isEqualTo(MutuBakuWaktu.ofTime(Duration.ofMinutes(5)));
    }

    @ParameterizedTest(name = "\"{0}\" in a {1} column is {2}")
    @CsvSource({"60,MENIT,PT1H", "480,MENIT,PT8H", "5,MENIT,PT5M", "1,JAM,PT1H", "2,HARI,P2D"})
    void bareNumberTakesTheUnitOfItsColumn(String text, WaktuUnit unit, String iso) {
        assertThat(MutuBakuWaktu.parseText(text, unit).toIso()).isEqualTo(iso);
    }

    @Test
    void writtenUnitWinsOverTheColumnUnit() {
        assertThat(MutuBakuWaktu.parseText("1 jam", WaktuUnit.MENIT).toIso()).isEqualTo("PT1H");
    }

    @Test
    void bareNumberWithoutColumnUnitIsRefusedWithAHint() {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText("60", null))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessage("Waktu \"60\" tidak bersatuan dan kolomnya tidak menyebut satuan: tulis misalnya "
                        + "\"60 menit\" atau \"60 hari\" / Waktu \"60\" has no unit and its column names none: "
                        + "write e.g. \"60 menit\" or \"60 hari\"");
    }

    @Test
    void unreadableTextGetsABilingualMessageWithExamples() {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText("sebentar", WaktuUnit.MENIT))
                .isInstanceOf(WaktuFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Waktu \"sebentar\" tidak dapat dibaca: tulis misalnya \"5 menit\", \"1 jam\" atau "
                        + "\"3 hari\" / Waktu \"sebentar\" cannot be parsed: write e.g. \"5 menit\", \"1 jam\" "
                        + "or \"3 hari\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 minggu", "1.5 jam", "5 menit lagi", "satu jam", "1 jam 30 menit", "± 5 menit", "5-10 menit"})
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText(text, WaktuUnit.MENIT))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessageStartingWith("Waktu \"" + text + "\" tidak dapat dibaca")
                .hasMessageContaining(" / Waktu \"" + text + "\" cannot be parsed");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void refusesEmptyWaktu(String text) {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText(text, WaktuUnit.MENIT))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessageStartingWith("Waktu kosong")
                .hasMessageContaining(" / Waktu is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 menit", "0", "-5 menit", "0 hari", "0,0 jam"})
    void refusesZeroAndNegativeWaktu(String text) {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText(text, WaktuUnit.MENIT))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessage("Waktu \"" + text + "\" harus lebih dari nol: tulis misalnya \"5 menit\" / Waktu \""
                        + text + "\" must be more than zero: write e.g. \"5 menit\"");
    }

    @Test
    void refusesHalfDaysBecauseHariIsAWholeWorkingDay() {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText("1,5 hari", null))
                .hasMessageContaining("harus berupa bilangan bulat hari kerja")
                .hasMessageContaining("must be a whole number of working days");
    }

    @Test
    void refusesFractionsOfAMinute() {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText("2,5 menit", null))
                .hasMessageContaining("harus berupa menit utuh")
                .hasMessageContaining("must come to whole minutes");
    }

    @Test
    void refusesStandardsTooLargeForOneStep() {
        assertThatThrownBy(() -> MutuBakuWaktu.parseText("9999 hari", null))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessageContaining("Waktu \"9999 hari\" terlalu besar")
                .hasMessageContaining("is too large");
    }

    @Test
    void equalStandardsWrittenDifferentlyAreEqual() {
        assertThat(MutuBakuWaktu.parseText("90 Menit", null)).isEqualTo(MutuBakuWaktu.parseText("1,5 jam", null));
        assertThat(MutuBakuWaktu.parseText("480", WaktuUnit.MENIT)).isEqualTo(MutuBakuWaktu.parseText("8 jam", null));
    }

    @Test
    void hariIsKeptAsWorkingDaysNotHours() {
        MutuBakuWaktu oneDay = MutuBakuWaktu.parseText("1 Hari", null);
        assertThat(oneDay.isDays()).isTrue();
        assertThat(oneDay.workingDays()).isEqualTo(1);
        assertThat(oneDay.workingTime()).isZero();
        assertThat(oneDay).isNotEqualTo(MutuBakuWaktu.parseText("480", WaktuUnit.MENIT));
    }

    @ParameterizedTest
    @CsvSource({"menit,MENIT", "Menit,MENIT", "MNT,MENIT", "Jam,JAM", " hari ,HARI"})
    void unitWordsAreReadIgnoringCase(String text, WaktuUnit unit) {
        assertThat(WaktuUnit.fromText(text)).isEqualTo(unit);
    }

    @Test
    void unknownUnitWordIsRefused() {
        assertThatThrownBy(() -> WaktuUnit.fromText("detik"))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessage("Satuan waktu \"detik\" tidak dikenal: gunakan menit, jam atau hari / "
                        + "Unknown time unit \"detik\": use menit, jam or hari");
    }

    @ParameterizedTest
    @CsvSource({"PT5M,0,5", "PT1H,0,60", "PT1H30M,0,90", "P3D,3,0", "P1D,1,0"})
    void readsAndWritesTheCatalogIsoForm(String iso, int days, int minutes) {
        MutuBakuWaktu waktu = MutuBakuWaktu.parseIso(iso);
        assertThat(waktu.workingDays()).isEqualTo(days);
        assertThat(waktu.workingTime()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(waktu.toIso()).isEqualTo(iso);
    }

    @Test
    void isoOfMinutesIsNormalisedToHours() {
        assertThat(MutuBakuWaktu.parseIso("PT90M").toIso()).isEqualTo("PT1H30M");
        assertThat(MutuBakuWaktu.parseText("60 menit", null).toIso()).isEqualTo("PT1H");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1DT2H", "PT0M", "P0D", "5M", "-PT5M", "PT-5M", "P3W", "", "tiga hari"})
    void refusesMalformedIso(String iso) {
        assertThatThrownBy(() -> MutuBakuWaktu.parseIso(iso))
                .isInstanceOf(WaktuFormatException.class)
                .hasMessage("Waktu ISO \"" + iso + "\" tidak valid: tulis misalnya \"PT5M\", \"PT1H\" atau \"P3D\" / "
                        + "ISO waktu \"" + iso + "\" is invalid: write e.g. \"PT5M\", \"PT1H\" or \"P3D\"");
    }

    @Test
    void standardIsEitherDaysOrTimeNeverBothNorNeither() {
        assertThatThrownBy(() -> new MutuBakuWaktu(1, Duration.ofHours(1))).isInstanceOf(WaktuFormatException.class);
        assertThatThrownBy(() -> new MutuBakuWaktu(0, Duration.ZERO)).isInstanceOf(WaktuFormatException.class);
        assertThatThrownBy(() -> new MutuBakuWaktu(-1, Duration.ZERO)).isInstanceOf(WaktuFormatException.class);
        assertThatThrownBy(() -> MutuBakuWaktu.ofTime(Duration.ofMinutes(-5))).isInstanceOf(WaktuFormatException.class);
        assertThat(new MutuBakuWaktu(2, null)).isEqualTo(MutuBakuWaktu.ofDays(2));
    }
}
