package id.patuh.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuarterTests {

    @Test
    void readsYearAndQuarter() {
        assertThat(Quarter.parse(" 2024-Q4 ")).isEqualTo(new Quarter(2024, 4));
        assertThat(Quarter.parse("2024-Q1").previous()).hasToString("2023-Q4");
    }

    @Test
    void refusesAnythingElseInBothLanguagesAsTheDemoCommandAlwaysSaid() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2024-Q5"))
                .withMessage("Triwulan \"2024-Q5\" tidak dikenal, tulis misalnya 2024-Q1 / quarter \"2024-Q5\" is not"
                        + " of the form 2024-Q1");
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse(null))
                .withMessageStartingWith("Triwulan \"null\" tidak dikenal");
    }
}
