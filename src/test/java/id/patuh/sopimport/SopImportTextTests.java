package id.patuh.sopimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The small readers the importer is built from: dates, capitals, list cells, executors. */
class SopImportTextTests {

    @Test
    void readsDatesAtThePrecisionTheSheetGives() {
        assertThat(IndonesianDate.iso("31 Januari 2021")).hasValue("2021-01-31");
        assertThat(IndonesianDate.iso("September 2019")).hasValue("2019-09");
        assertThat(IndonesianDate.iso("2022")).hasValue("2022");
        assertThat(IndonesianDate.iso("12-03-2024")).hasValue("2024-03-12");
        assertThat(IndonesianDate.iso("4 Agust 2023")).hasValue("2023-08-04");
        assertThat(IndonesianDate.iso("segera")).isEmpty();
        assertThat(IndonesianDate.iso("31 Brumaire 2021")).isEmpty();
    }

    @Test
    void writesCapitalisedNamesAsTitlesAndLeavesMixedCaseAlone() {
        assertThat(NameCase.title("SOP PENGUMPULAN DATA KINERJA")).isEqualTo("SOP Pengumpulan Data Kinerja");
        assertThat(NameCase.title("KEPALA BAGIAN PERENCANAAN DAN KEUANGAN"))
                .isEqualTo("Kepala Bagian Perencanaan dan Keuangan");
        assertThat(NameCase.title("Mekanisme Pengumpulan data")).isEqualTo("Mekanisme Pengumpulan data");
    }

    @Test
    void splitsListCellsTheWaysOfficesWriteThem() {
        assertThat(ListItems.of("1. Camat Kemlagi2. Sekretaris Kecamatan.3. Para Kasi").items())
                .containsExactly("Camat Kemlagi", "Sekretaris Kecamatan.", "Para Kasi");
        assertThat(ListItems.of("Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design 2010-2025").items())
                .singleElement();
        assertThat(ListItems.of("- ATK - Komputer/ Laptop - Printer").items())
                .containsExactly("ATK", "Komputer/ Laptop", "Printer");
        assertThat(ListItems.of("Undang-Undang A; Peraturan B;").items())
                .containsExactly("Undang-Undang A;", "Peraturan B;");
        ListItems lost = ListItems.of("<ol> SOP Evaluasi Bulanan SOP Evaluasi Tribulan");
        assertThat(lost.items()).containsExactly("SOP Evaluasi Bulanan", "SOP Evaluasi Tribulan");
        assertThat(lost.guessed()).isTrue();
    }

    @Test
    void takesTheExecutorFromTheActivitysSubjectAsADoubtAndNeverLeavesAStepWithout() {
        DoubtList doubts = new DoubtList();
        List<String> roles = List.of("Sekretaris Daerah", "Asisten Administrasi Umum", "Kabag Perencanaan", "Kepala Bidang");
        List<DraftStep> steps = List.of(step(1, "Kepala Bagian Perencanaan memerintahkan JF"),
                step(2, "Asisten menerima disposisi"), step(3, "Kabid menghimpun data"), step(4, "Memvalidasi data"));

        List<DraftStep> guessed = new ExecutorGuess(roles).apply(steps, doubts);

        assertThat(guessed).extracting(s -> s.executors().get(0))
                .containsExactly("Kabag Perencanaan", "Asisten Administrasi Umum", "Kepala Bidang", "Sekretaris Daerah");
        assertThat(doubts.entries()).extracting(DoubtList.Entry::field).containsExactly("steps[0].executors",
                "steps[1].executors", "steps[2].executors", "steps[3].executors");
        assertThat(doubts.entries().get(3).reason()).contains("wajib diperiksa");
    }

    private static DraftStep step(int no, String activity) {
        return new DraftStep(no, no, activity, List.of(), null, null, null, null, null, null, false);
    }
}
