package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard every reader asks before a number is made or expanded (issue 19). */
class NumberBoundsTests {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "17", "12.50", "-3", "1E+3", "1.5e-3", "198501012010011001",
            "0.30000000000000004", "999999999999999999999999", "0.000000000000000000000001",
            "1234567890123456789012.123456789012", "0e5"})
    void takesNumbersWithinTheBounds(String number) {
        assertThat(NumberBounds.check(3, "r1", "realization", number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "0e999999999", "0e-999999999", "-1E+2147483648",
            "1e99999999999999999999999999", "1e25", "1e-25", "1000000000000000000000000",
            "0.0000000000000000000000001", "1.0000000000000000000000000000000000",
            "12345678901234567890123.123456789012", "1.5e", "--1", "1x", ""})
    void refusesNumbersBeyondTheBoundsNamingTheField(String number) {
        assertThat(NumberBounds.check(3, "r1", "realization", number)).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.id()).isEqualTo("r1");
            assertThat(e.field()).isEqualTo("realization");
            assertThat(e.reason()).startsWith("realization: angka di luar batas");
            assertThat(e.reasonEn()).startsWith("realization: number out of range");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1_000_000})
    void refusesALongNumberShowingOnlyItsStart(int digits) {
        String number = "7".repeat(digits);

        assertThat(NumberBounds.check(1, null, "target_annual", number)).hasValueSatisfying(e -> {
            assertThat(e.reason()).contains("7".repeat(60) + "…").contains(digits + " karakter")
                    .doesNotContain("7".repeat(62));
            assertThat(e.reason().length()).isLessThan(400);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1E+25", "0E-25", "1.0000000000000000000000000000000000"})
    void refusesABigDecimalBeyondTheBoundsWithoutExpandingIt(String number) {
        BigDecimal huge = new BigDecimal(number);

        assertThat(NumberBounds.check(1, null, "realization", huge))
                .hasValueSatisfying(e -> assertThat(e.reason()).contains(huge.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "0", "1E+3", "198501012010011001"})
    void takesABigDecimalWithinTheBounds(String number) {
        assertThat(NumberBounds.check(1, null, "realization", new BigDecimal(number))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+3:1000", "12.50:12.50", "-0:0", "1.5e-3:0.0015", "17:17"})
    void givesThePlainTextOfANumberWithinTheBounds(String pair) {
        String[] parts = pair.split(":");

        assertThat(NumberBounds.plain(parts[0])).isEqualTo(parts[1]);
    }
}
