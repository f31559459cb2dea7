package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;

/** What picocli gets when it asks the help's bundle for a key. */
class HelpTextsTests {

    private final HelpTexts texts = new HelpTexts();

    @Test
    void aHelpKeyReadsInBothLanguagesIndonesianFirst() {
        assertThat(texts.getString("cli.help.audit"))
                .isEqualTo("Audit luring dari berkas, tanpa basis data / offline audit of files, no database.");
    }

    @Test
    void aHintKeyReadsInIndonesianOnly() {
        assertThat(texts.getString("cli.hint.audit.format")).isEqualTo("jsonl, csv atau table");
    }

    @Test
    void keysOutsideTheHelpAreNotThere() {
        // picocli asks for its own keys (usage.description, help, …): absent, so its defaults stand
        assertThat(texts.containsKey("usage.description")).isFalse();
        assertThat(texts.containsKey("cli.help.no-such-command")).isFalse();
        assertThat(texts.containsKey("cli.failed")).as("a message, not help").isFalse();
        assertThat(Collections.list(texts.getKeys())).contains("cli.help.patuh", "cli.hint.report.half")
                .allMatch(key -> key.startsWith("cli.help.") || key.startsWith("cli.hint."));
    }
}
