package id.patuh.sopimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.patuh.errors.Refusal;

/**
 * An import refusal reads in the language of whoever receives it: the console's user (one
 * language, the request's) or the command line (both, Indonesian first, as before the bundles).
 */
class SopImportRefusalLanguageTests {

    private static final byte[] LETTER = "Yth. Bapak Camat\tKemlagi\nDengan hormat,\nkami sampaikan undangan rapat.\n"
            .getBytes(StandardCharsets.UTF_8);

    private final SopImportService service = new SopImportService(SopImportProperties.defaults());

    @AfterEach
    void noLanguageLeftBehind() {
        LocaleContextHolder.resetLocaleContext();
    }

    private SopImportException refusal() {
        return catchThrowableOfType(SopImportException.class, () -> service.read("undangan.txt", LETTER));
    }

    @Test
    void anEnglishRequestReadsTheRefusalInEnglishOnly() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));

        SopImportException refused = refusal();

        assertThat(refused.refusal()).isEqualTo(Refusal.UNPROCESSABLE);
        assertThat(refused.title()).isEqualTo("SOP document cannot be imported");
        assertThat(refused.detail()).isEqualTo("undangan.txt: no procedure table (No / Kegiatan / Pelaksana / Mutu Baku) "
                + "found, is this an SOP AP document?");
    }

    @Test
    void withoutALanguageTheRefusalIsIndonesianOnly() {
        SopImportException refused = refusal();

        assertThat(refused.title()).isEqualTo("Dokumen SOP tidak dapat diimpor");
        assertThat(refused.detail()).isEqualTo("undangan.txt: tidak ada tabel prosedur (No / Kegiatan / Pelaksana / "
                + "Mutu Baku), bukan dokumen SOP AP?").doesNotContain("procedure table");
    }

    @Test
    void theCommandLineKeepsBothLanguagesWhateverTheRequest() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(refusal().getMessage()).isEqualTo("undangan.txt: tidak ada tabel prosedur (No / Kegiatan / "
                + "Pelaksana / Mutu Baku), bukan dokumen SOP AP? / undangan.txt: no procedure table (No / Kegiatan / "
                + "Pelaksana / Mutu Baku) found, is this an SOP AP document?");
    }
}
