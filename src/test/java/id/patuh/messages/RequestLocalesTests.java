package id.patuh.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

class RequestLocalesTests {

    private final RequestLocales locales = new RequestLocales();

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "NONE | id",
            "'' | id",
            "en | en",
            "en-US,en;q=0.9 | en",
            "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7 | id",
            "fr-FR,fr;q=0.9 | id",
            "fr-FR,fr;q=0.9,en;q=0.5 | en",
            "de;q=0.9,id;q=0.3 | id",
            "*;;;garbage== | id"})
    void picksTheBestSupportedLanguageOfTheHeader(String header, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Accept-Language", header);
        }
        assertThat(locales.resolveLocale(request)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @Test
    void theConsolesChoiceOutweighsTheHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        request.setCookies(new Cookie(RequestLocales.COOKIE, "id"));
        assertThat(locales.resolveLocale(request)).isEqualTo(Texts.ID);
    }

    @Test
    void aChoiceOfAnUnsupportedLanguageIsKeptAsIndonesian() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        locales.setLocale(request, response, Locale.FRENCH);
        Cookie cookie = response.getCookie(RequestLocales.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("id");
        assertThat(cookie.isHttpOnly()).isTrue();

        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(new Cookie(RequestLocales.COOKIE, "fr"));
        assertThat(locales.resolveLocale(next)).isEqualTo(Texts.ID);
    }
}
