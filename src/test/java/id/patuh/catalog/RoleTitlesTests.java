package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.DayCounting;

/** RoleTitles and RoleAbbreviations: which SOP role a recorded job title holds (semantics.md v2). */
class RoleTitlesTests {

    private static final RoleAbbreviations SHIPPED = RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE);
    private static final SopCatalog SEED = new CatalogLoader().loadDirectory(Path.of("sop-catalog"));
    private static final Sop KEMLAGI = SEED.find("kemlagi-pengumpulan-data-kinerja").orElseThrow();

    private static List<String> kemlagi(String title) {
        return new RoleTitles(KEMLAGI, SHIPPED).held(title);
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

        RoleTitles titles = new RoleTitles(KEMLAGI, extended);
        assertThat(titles.held("Kepsi Trantib")).containsExactly("Kasi/Kasubbag");
        assertThat(new RoleTitles(KEMLAGI, SHIPPED).held("Kepsi Trantib")).isEmpty();
    }

    @Test
    void aBrokenListNamesFileAndLine() {
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml",
                new StringReader("Kepala Seksi: [Kasi]\nKepala Bidang: [Kabid\n")))
                .isInstanceOf(CatalogValidationException.class).hasMessageContaining("role-abbreviations.yaml:");
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml",
                new StringReader("Kepala Seksi: [Kasi]\nKepala Sub Bagian: [Kasi]\n")))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("role-abbreviations.yaml:2: (singkatan): \"kasi\" sudah berarti \"kepala seksi\" "
                        + "/ \"kasi\" already stands for \"kepala seksi\"");
        assertThatThrownBy(() -> RoleAbbreviations.read("role-abbreviations.yaml", new StringReader("- Kasi\n")))
                .isInstanceOf(CatalogValidationException.class).hasMessageContaining("role-abbreviations.yaml:1:");
    }

    @Test
    void theCatalogKnowsATitleWhenItHoldsARoleOfAnySop() {
        // written as offices write them: abbreviated, spelled out, with the unit after the role
        assertThat(SEED.isKnownTitle("Kasi Pem")).isTrue();
        assertThat(SEED.isKnownTitle("Kepala Seksi Pemerintahan")).isTrue();
        assertThat(SEED.isKnownTitle("SEKRETARIS KECAMATAN")).isTrue();
        assertThat(SEED.isKnownTitle("Camat")).isTrue();
    }

    @Test
    void theCatalogDoesNotKnowATitleThatHoldsNoRole() {
        assertThat(SEED.isKnownTitle("Tukang Kebun")).isFalse();
        assertThat(SEED.isKnownTitle("Kasipem")).isFalse();
        assertThat(SEED.isKnownTitle("")).isFalse();
        assertThat(SEED.isKnownTitle(null)).isFalse();
    }
}
