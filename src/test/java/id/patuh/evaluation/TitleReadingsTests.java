package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.catalog.RoleAbbreviations;
import id.patuh.catalog.RoleTitles;
import id.patuh.catalog.Sop;

/** TitleReadings: a title read once per SOP gives what reading it afresh gives, within a bounded memory. */
class TitleReadingsTests {

    private static final RoleAbbreviations SHIPPED = RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE);
    private static final Sop KEMLAGI = Fixtures.sop(Fixtures.KEMLAGI);

    private static TitleReadings readings() {
        return new TitleReadings(KEMLAGI, new RoleTitles(KEMLAGI, SHIPPED));
    }

    @Test
    void aRememberedTitleReadsAsItDidTheFirstTime() {
        TitleReadings readings = readings();
        RoleTitles titles = new RoleTitles(KEMLAGI, SHIPPED);

        for (String title : List.of("Kasi Pemerintahan", "Camat", "Bupati", "Sekcam")) {
            TitleReadings.Reading first = readings.of(title);
            TitleReadings.Reading again = readings.of(title);

            assertThat(again).isEqualTo(first);
            assertThat(first.heldRoles()).isEqualTo(titles.held(title));
            assertThat(first.resolvedRole()).isEqualTo(KEMLAGI.resolveRole(title).orElse(null));
        }
        assertThat(readings.remembered()).isEqualTo(4);
    }

    @Test
    void readsExactNamesQualifiedTitlesAndUnknownTitlesApart() {
        TitleReadings readings = readings();

        assertThat(readings.of("camat")).isEqualTo(new TitleReadings.Reading("Camat", List.of("Camat")));
        // Holds a role through its qualifier, but does not name one exactly.
        assertThat(readings.of("Kasi Pemerintahan")).isEqualTo(new TitleReadings.Reading(null, List.of("Kasi/Kasubbag")));
        assertThat(readings.of("Bupati")).isEqualTo(new TitleReadings.Reading(null, List.of()));
    }

    @Test
    void noTitleHoldsNothingAndIsNotRemembered() {
        TitleReadings readings = readings();

        assertThat(readings.of(null)).isEqualTo(new TitleReadings.Reading(null, List.of()));
        assertThat(readings.remembered()).isZero();
    }

    @Test
    void titlesPastTheBoundAreReadEveryTimeWithTheSameAnswer() {
        TitleReadings readings = readings();
        for (int i = 0; i < TitleReadings.MAX_REMEMBERED + 10; i++) {
            readings.of("Staf " + i);
        }

        assertThat(readings.remembered()).isEqualTo(TitleReadings.MAX_REMEMBERED);
        assertThat(readings.of("Kasi Pemerintahan").heldRoles()).containsExactly("Kasi/Kasubbag");
        assertThat(readings.of("Camat").resolvedRole()).isEqualTo("Camat");
        assertThat(readings.remembered()).isEqualTo(TitleReadings.MAX_REMEMBERED);
    }
}
