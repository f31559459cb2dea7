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
    }

    @Test
    void picksTheEnglishOnAnEnglishPageUnlessThereIsNone() {
        LocaleContextHolder.setLocale(Texts.EN);
        assertThat(PageLanguage.pick("tersimpan", "stored")).isEqualTo("stored");
        assertThat(PageLanguage.pick("tersimpan", null)).isEqualTo("tersimpan");
        assertThat(PageLanguage.pick("tersimpan", " ")).isEqualTo("tersimpan");
    }
}
