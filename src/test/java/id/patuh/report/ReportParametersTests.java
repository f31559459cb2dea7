package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Periods, half-years, units and the formula neutralising of exported text. */
class ReportParametersTests {

    @Test
    void aQuarterCoversItsMonthsAndItsOwnData() {
        ReportPeriod q = ReportPeriod.parse("2024-q2");
        assertThat(q.label()).isEqualTo("2024-Q2");
        assertThat(q.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q.dataPeriods()).containsExactly("2024-Q2");
        assertThat(q.title()).isEqualTo("Triwulan II 2024");
    }

    @Test
    void aYearCoversItsAnnualDataAndItsFourQuarters() {
        ReportPeriod y = ReportPeriod.parse("2024");
        assertThat(y.dataPeriods()).containsExactly("2024", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(y.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(y.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void theSecondHalfTakesTheAnnualDataReportedAfterTheYear() {
        assertThat(ReportPeriod.parseHalf("2024-S1").dataPeriods()).containsExactly("2024-Q1", "2024-Q2");
        assertThat(ReportPeriod.parseHalf("2024-S2").dataPeriods()).containsExactly("2024-Q3", "2024-Q4", "2024");
        assertThat(ReportPeriod.parseHalf("2024-S2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void badParametersSayWhatIsExpectedInBothLanguages() {
        assertThatThrownBy(() -> ReportPeriod.parse("2024-Q5")).isInstanceOf(ReportParameterException.class)
                .hasMessageContaining("YYYY-Qn").hasMessageContaining("quarter");
        assertThatThrownBy(() -> ReportPeriod.parseHalf("2024-Q1")).isInstanceOf(ReportParameterException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(ReportParameterException.class);
        assertThatThrownBy(() -> ReportUnit.parse("Kec Kemlagi")).isInstanceOf(ReportParameterException.class);
        assertThatThrownBy(() -> ReportFormat.parse("docx")).isInstanceOf(ReportParameterException.class);
    }

    @Test
    void aRefusalReadsInEitherLanguageAndInBothForTheCommandLine() {
        ReportParameterException period = catchThrowableOfType(ReportParameterException.class,
                () -> ReportPeriod.parse("2024-Q5"));
        assertThat(period.getMessage()).as("what the command line prints, as before the bundles").isEqualTo(
                "period harus berbentuk YYYY-Qn (triwulan) atau YYYY (tahun), mis. 2024-Q1 / "
                        + "period must be YYYY-Qn (quarter) or YYYY (year), e.g. 2024-Q1");
        assertThat(period.detailText().id()).isEqualTo(
                "period harus berbentuk YYYY-Qn (triwulan) atau YYYY (tahun), mis. 2024-Q1");
        assertThat(period.detailText().en()).isEqualTo("period must be YYYY-Qn (quarter) or YYYY (year), e.g. 2024-Q1");
        assertThat(period.properties()).containsEntry("parameter", "period").containsEntry("value", "2024-Q5");

        assertThat(catchThrowableOfType(ReportParameterException.class, () -> Evaluator.of("x".repeat(
                Evaluator.MAX_NAME + 1), null, LocalDate.of(2024, 7, 15))).getMessage()).isEqualTo(
                        "nama penilai paling banyak " + Evaluator.MAX_NAME + " karakter / the evaluator's name takes "
                                + "at most " + Evaluator.MAX_NAME + " characters");
        ReportUnitNotFound unit = new ReportUnitNotFound("kec-lain");
        assertThat(unit.detailText().id()).isEqualTo("Unit \"kec-lain\" tidak ditemukan");
        assertThat(unit.detailText().en()).isEqualTo("Unit \"kec-lain\" not found");
        assertThat(SopEvaluationRefused.notFound("sop-x").detailText().en())
                .isEqualTo("SOP \"sop-x\" does not exist or is not one of your units'");
    }

    @Test
    void aUnitCoversItsSubUnitsButNotItsNamesakes() {
        ReportUnit unit = ReportUnit.parse("kec-kemlagi");
        assertThat(unit.covers("kec-kemlagi/kasi-pemerintahan")).isTrue();
        assertThat(unit.covers("kec-kemlagi-lama")).isFalse();
        assertThat(ReportUnit.parse("kec-kemlagi/kasi-pemerintahan").covers("kec-kemlagi")).isFalse();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(CellText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CellText.safe("+1")).isEqualTo("'+1");
        assertThat(CellText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CellText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CellText.safe("IKU-1 = 90 %")).isEqualTo("IKU-1 = 90 %");
        assertThat(CellText.safe(null)).isEmpty();
    }
}
