package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** catalog.drl */
class CatalogRulesTests {

    @Test
    void flagsSopWithoutTanggalEfektif() {
        // Kemlagi: "Tanggal Pengesahan" is blank, Disahkan Oleh is the Camat.
        assertThat(Fixtures.engine().evaluateCatalog(Fixtures.sop(Fixtures.KEMLAGI), wib("2024-07-01T09:00")))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("SOP_NOT_RATIFIED");
                    assertThat(f.severity()).isEqualTo("rendah");
                    assertThat(f.sopCode()).isEqualTo(Fixtures.KEMLAGI);
                    assertThat(f.caseId()).isNull();
                    assertThat(f.unit()).isNull();
                    assertThat(f.evidence()).isEmpty();
                    assertThat(f.message()).endsWith("belum lengkap pengesahannya: Tanggal Efektif kosong.");
                });
    }

    @Test
    void namesBothFieldsWhenBothAreBlank() {
        assertThat(Fixtures.engine().evaluateCatalog(Fixtures.sop(Fixtures.SUAKMIDAI), wib("2024-07-01T09:00")))
                .singleElement().extracting(Finding::messageEn).asString()
                .endsWith("is not fully ratified: Tanggal Efektif and Disahkan Oleh is blank.");
    }

    @Test
    void ratifiedSopHasNoFinding() {
        assertThat(Fixtures.engine().evaluateCatalog(Fixtures.sop(Fixtures.SIDOARJO), wib("2024-07-01T09:00")))
                .isEmpty();
    }
}
