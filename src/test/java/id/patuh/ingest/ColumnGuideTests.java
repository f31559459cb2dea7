package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.i18n.LocaleContextHolder;

import id.patuh.cases.DataKind;
import id.patuh.messages.Texts;

class ColumnGuideTests {

    @AfterEach
    void noRequestLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @EnumSource(DataKind.class)
    void explainsExactlyTheColumnsTheImporterReadsAndMarksTheRequiredOnes(DataKind kind) {
        var guide = ColumnGuide.of(kind);

        assertThat(guide).extracting(ColumnGuide.Column::name).containsExactlyElementsOf(KindColumns.known(kind));
        assertThat(guide).filteredOn(ColumnGuide.Column::required).extracting(ColumnGuide.Column::name)
                .containsExactlyInAnyOrderElementsOf(KindColumns.required(kind));
        assertThat(guide).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(DataKind.class)
    void explainsEveryColumnInBothLanguages(DataKind kind) {
        assertThat(ColumnGuide.of(kind)).allSatisfy(c -> {
            assertThat(c.meaningIn(Texts.ID)).as(c.name()).isNotBlank().isNotEqualTo(c.meaningEn());
            assertThat(c.meaningEn()).as(c.name()).isNotBlank();
        });
    }

    @Test
    void aTimeColumnEndsWithHowToWriteATimeInItsOwnLanguage() {
        ColumnGuide.Column started = ColumnGuide.of(DataKind.ACTIVITIES).stream()
                .filter(c -> c.name().equals("started_at")).findFirst().orElseThrow();

        assertThat(started.meaningIn(Texts.ID)).isEqualTo("Waktu langkah dimulai. Tulis 2026-11-02T10:00 atau, seperti "
                + "Excel berbahasa Indonesia, 02/11/2026 10:00 (hari/bulan/tahun jam:menit); tanpa zona dibaca dalam "
                + "zona waktu unit (WIB/WITA/WIT).");
        assertThat(started.meaningEn()).isEqualTo("When the step started. Write 2026-11-02T10:00 or, as Excel in an "
                + "Indonesian locale does, 02/11/2026 10:00 (day/month/year hour:minute); without a zone it is read "
                + "in the unit's time zone.");
    }

    @Test
    void theConsoleReadsTheMeaningInTheRequestsLanguage() {
        ColumnGuide.Column realization = ColumnGuide.of(DataKind.INDICATORS).stream()
                .filter(c -> c.name().equals("realization")).findFirst().orElseThrow();

        assertThat(realization.meaning()).as("outside a request: Bahasa Indonesia")
                .isEqualTo("Realisasi; kosong = belum terealisasi. Desimal dengan titik, tanpa pemisah ribuan.");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        assertThat(realization.meaning())
                .isEqualTo("Realization; empty = not yet realised. Decimal with a point, no thousands separator.");
    }
}
