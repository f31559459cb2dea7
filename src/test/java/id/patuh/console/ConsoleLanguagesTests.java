package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.patuh.messages.Texts;

/** The header's language switch: the same page and query, only {@code lang} replaced. */
class ConsoleLanguagesTests {

    @Test
    void keepsTheRestOfTheQueryAndReplacesAnyLang() {
        ConsoleLanguages languages = ConsoleLanguages.of("/console/findings", "severity=tinggi&lang=id&unit=kec%20a",
                Texts.ID);
        assertThat(languages.choices()).extracting(ConsoleLanguages.Choice::href).containsExactly(
                "/console/findings?severity=tinggi&unit=kec%20a&lang=id",
                "/console/findings?severity=tinggi&unit=kec%20a&lang=en");
        assertThat(languages.choices()).extracting(ConsoleLanguages.Choice::code).containsExactly("id", "en");
    }

    @Test
    void marksTheLanguageThePageIsIn() {
        assertThat(ConsoleLanguages.of("/console", null, Texts.EN).choices())
                .extracting(ConsoleLanguages.Choice::current).containsExactly(false, true);
        assertThat(ConsoleLanguages.of("/console", "", Texts.ID).choices())
                .extracting(ConsoleLanguages.Choice::current).containsExactly(true, false);
        // any other language reads as Indonesian, the page's language then
        assertThat(ConsoleLanguages.of("/console", null, java.util.Locale.FRENCH).choices())
                .extracting(ConsoleLanguages.Choice::current).containsExactly(true, false);
    }

    @Test
    void aPageWithoutAQueryGetsOnlyLang() {
        assertThat(ConsoleLanguages.of("/login", null, Texts.ID).choices())
                .extracting(ConsoleLanguages.Choice::href).containsExactly("/login?lang=id", "/login?lang=en");
        assertThat(ConsoleLanguages.without("lang&lang=en&&languages=x")).as("only the parameter named lang")
                .isEqualTo("languages=x");
    }

    @Test
    void namesEachLanguageInItself() {
        assertThat(ConsoleLanguages.of("/console", null, Texts.ID).choices())
                .extracting(ConsoleLanguages.Choice::label).containsExactly("Bahasa Indonesia", "English");
    }
}
