package id.patuh.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;

class TextsTests {

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void indonesianIsTheDefaultBundleAndEnglishItsOwn() {
        assertThat(Texts.id("errors.store.unavailable.title")).isEqualTo("Penyimpanan tidak tersedia");
        assertThat(Texts.en("errors.store.unavailable.title")).isEqualTo("Store unavailable");
        assertThat(Texts.both("errors.store.unavailable.title"))
                .isEqualTo("Penyimpanan tidak tersedia / Store unavailable");
    }

    @Test
    void numbersAndDatesAreWrittenPlainInEveryLanguage() {
        assertThat(Texts.id("errors.store.unavailable.detail", 12345))
                .isEqualTo("Penyimpanan data sedang tidak dapat dihubungi; coba lagi setelah 12345 detik");
        assertThat(Texts.en("errors.store.unavailable.detail", 12345L)).endsWith("after 12345 s");
        assertThat(Texts.en("errors.store.unavailable.detail", LocalDate.of(2024, 2, 29))).endsWith("after 2024-02-29 s");
    }

    @Test
    void theCurrentLanguageIsTheRequestsAndIndonesianOutsideOne() {
        assertThat(Texts.current("errors.store.unavailable.title")).isEqualTo("Penyimpanan tidak tersedia");
        LocaleContextHolder.setLocale(Locale.US);
        assertThat(Texts.current("errors.store.unavailable.title")).isEqualTo("Store unavailable");
        LocaleContextHolder.setLocale(Locale.FRANCE);
        assertThat(Texts.current("errors.store.unavailable.title")).isEqualTo("Penyimpanan tidak tersedia");
    }

    @Test
    void aLanguageWithoutABundleReadsIndonesianNotTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Texts.in(Locale.GERMAN, "errors.store.unavailable.title")).isEqualTo("Penyimpanan tidak tersedia");
            assertThat(Texts.source().getMessage("errors.store.unavailable.title", null, Locale.forLanguageTag("id-ID")))
                    .isEqualTo("Penyimpanan tidak tersedia");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThatThrownBy(() -> Texts.id("errors.no.such.key")).isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void aTextIsPutIntoWordsWhenRead() {
        Text text = new Text("errors.store.unavailable.detail", 7);
        assertThat(text.id()).endsWith("setelah 7 detik");
        assertThat(text.en()).endsWith("after 7 s");
        assertThat(text.both()).contains(" detik / The data store");
        assertThat(text).isEqualTo(new Text("errors.store.unavailable.detail", 7))
                .isNotEqualTo(new Text("errors.store.unavailable.detail", 8));
    }
}
