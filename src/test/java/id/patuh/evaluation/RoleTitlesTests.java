package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.DayCounting;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopRole;
import id.patuh.catalog.SopStep;

/** RoleTitles and RoleAbbreviations: which SOP role a recorded job title holds (semantics.md v2). */
class RoleTitlesTests {

    private static final RoleAbbreviations SHIPPED = RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE);

    private static List<String> kemlagi(String title) {
        return new RoleTitles(Fixtures.sop(Fixtures.KEMLAGI), SHIPPED).held(title);
    }

    private static Sop sopWithRoles(SopRole... roles) {
        return new Sop("uji-peran", "Uji Peran", "Instansi Uji", "uji.txt", "1", null, null, "2024-01-01", "Kepala",
                null, List.of("unit-uji"), DayCounting.WORKING, List.of(roles),
                List.of(new SopStep(1, "Kegiatan", List.of(roles[0].name()), List.of(), null, null, null, null, null,
                        false)), null);
    }

    @Test
    void readsAbbreviatedSpelledOutQualifiedAndUpperCaseTitles() {
        assertThat(kemlagi("Kasi Pemerintahan")).containsExactly("Kasi/Kasubbag");
        assertThat(kemlagi("Kepala Seksi Pemerintahan")).containsExactly("Kasi/Kasubbag");
        assertThat(kemlagi("Kepala Subbagian Umum dan Kepegawaian")).containsExactly("Kasi/Kasubbag");
        assertThat(kemlagi("KASUBAG. UMUM,")).containsExactly("Kasi/Kasubbag");
        assertThat(kemlagi("SEKRETARIS KECAMATAN")).containsExactly("Sekcam");
        assertThat(kemlagi("Sekretaris Camat Kemlagi")).containsExactly("Sekcam");
        assertThat(kemlagi("Staf Trantib")).containsExactly("Staff");
        assertThat(kemlagi("  camat ")).containsExactly("Camat");
    }

    @Test
    void aTitleHoldsARoleOnlyFromItsFirstWordAndWholeWords() {
        assertThat(kemlagi("Kasipem")).isEmpty();
        assertThat(kemlagi("Kepala")).isEmpty();
        assertThat(kemlagi("Bupati")).isEmpty();
        assertThat(kemlagi(null)).isEmpty();
        // "Sekretaris Kecamatan" does not begin with "Camat"
        assertThat(kemlagi("Sekretaris Kecamatan")).doesNotContain("Camat");
    }

    @Test
    void theLongestMatchWins() {
        Sop sop = sopWithRoles(new SopRole("Kepala", List.of()), new SopRole("Kepala Bidang", List.of()));
        RoleTitles titles = new RoleTitles(sop, SHIPPED);

        assertThat(titles.held("Kabid Anggaran")).containsExactly("Kepala Bidang");
        assertThat(titles.held("Kepala Badan")).containsExactly("Kepala");
    }

    @Test
    void aRoleWrittenXOrYIsHeldByWhoeverHoldsEither() {
        Sop sop = sopWithRoles(new SopRole("Kasubbag Perencanaan / JF Perencanaan", List.of()),
                new SopRole("Kepala Bidang", List.of()));
        RoleTitles titles = new RoleTitles(sop, SHIPPED);

        assertThat(titles.held("Jabatan Fungsional Perencanaan Ahli Muda"))
                .containsExactly("Kasubbag Perencanaan / JF Perencanaan");
        assertThat(titles.held("Kepala Sub Bagian Perencanaan")).containsExactly("Kasubbag Perencanaan / JF Perencanaan");
        assertThat(titles.held("Kepala Sub Bagian Umum")).isEmpty();
    }

    @Test
    void anAdministratorCanExtendTheList() {
        RoleAbbreviations extended = RoleAbbreviations.read("role-abbreviations.yaml",
                new StringReader("Kepala Seksi: [Kasi, Kepsi]\nSekretaris Kecamatan: Sekcam\n"));

        RoleTitles titles = new RoleTitles(Fixtures.sop(Fixtures.KEMLAGI), extended);
        assertThat(titles.held("Kepsi Trantib")).containsExactly("Kasi/Kasubbag");
        assertThat(new RoleTitles(Fixtures.sop(Fixtures.KEMLAGI), SHIPPED).held("Kepsi Trantib")).isEmpty();
    }

    @Test
    void aBrokenListNamesFileAndLine() {
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml",
                new StringReader("Kepala Seksi: [Kasi]\nKepala Bidang: [Kabid\n")))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("role-abbreviations.yaml:");
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml",
                new StringReader("Kepala Seksi: [Kasi]\nKepala Sub Bagian: [Kasi]\n")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("role-abbreviations.yaml:2: \"kasi\" sudah berarti \"kepala seksi\"");
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml", new StringReader("- Kasi\n")))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("role-abbreviations.yaml:1:");
    }
}
