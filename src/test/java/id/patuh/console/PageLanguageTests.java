package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.patuh.messages.Texts;

class PageLanguageTests {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void picksTheIndonesianOutsideARequestAndOnAnIndonesianPage() {
        assertThat(PageLanguage.pick("tersimpan", "stored")).isEqualTo("tersimpan");
        LocaleContextHolder.setLocale(Texts.ID);
        assertThat(PageLanguage.pick("tersimpan", "stored")).isEqualTo("tersimpan");
        assertThat(PageLanguage.half("Pilih berkas SOP / choose an SOP file")).isEqualTo("Pilih berkas SOP");
    }

    @Test
    void picksTheEnglishOnAnEnglishPageUnlessThereIsNone() {
        LocaleContextHolder.setLocale(Texts.EN);
        assertThat(PageLanguage.pick("tersimpan", "stored")).isEqualTo("stored");
        assertThat(PageLanguage.pick("tersimpan", null)).isEqualTo("tersimpan");
        assertThat(PageLanguage.pick("tersimpan", " ")).isEqualTo("tersimpan");
        assertThat(PageLanguage.half("Pilih berkas SOP / choose an SOP file")).isEqualTo("choose an SOP file");
        // a message without two halves is shown whole
        assertThat(PageLanguage.half("Berkas tidak terbaca")).isEqualTo("Berkas tidak terbaca");
        assertThat(PageLanguage.half(null)).isNull();
    }
}
