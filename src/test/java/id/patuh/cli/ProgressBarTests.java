package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import's progress on stderr reads as before: Indonesian on a terminal, both languages in a log. */
class ProgressBarTests {

    private Locale before;
    private final AtomicLong read = new AtomicLong();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void groupedTheAmericanWay() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void aTerminalSeesTheBarWithGroupedCounts() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), "kegiatan.csv", 1000, read::get, true);
        read.set(550);
        bar.update(12345, 12000, 300, 45);
        assertThat(err.toString()).isEqualTo("\rkegiatan.csv [################              ]  55% 12,345 baris "
                + "(diterima 12,000, duplikat 300, ditolak 45)");
    }

    @Test
    void aLogSeesOneLinePerTenthInBothLanguages() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), "kegiatan.csv", 1000, read::get, false);
        read.set(550);
        bar.update(12345, 12000, 300, 45);
        read.set(560);
        bar.update(12500, 12100, 300, 100);
        assertThat(err.toString()).isEqualTo("kegiatan.csv 55% 12,345 baris / rows" + System.lineSeparator());
    }
}
