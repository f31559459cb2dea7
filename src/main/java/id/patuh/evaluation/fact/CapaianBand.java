package id.patuh.evaluation.fact;

import java.math.BigDecimal;

/**
 * The capaian band that applies to one record. The fact builder inserts it empty; the first
 * matching row of {@code capaian-band.drl.csv} fills it in. It is mutable because that is how a
 * decision-table row hands its answer to the rules ({@code modify}).
 */
public final class CapaianBand {

    private final String recordId;
    private final String indicatorCode;
    private boolean decided;
    private BigDecimal lower;
    private BigDecimal upper;

    public CapaianBand(String recordId, String indicatorCode) {
        this.recordId = recordId;
        this.indicatorCode = indicatorCode;
    }

    /** Whether a table row naming {@code code} applies: {@code *} applies to every indicator. */
    public boolean appliesTo(String code) {
        String wanted = code == null ? "" : code.strip();
        return wanted.equals("*") || wanted.equalsIgnoreCase(indicatorCode);
    }

    public String getRecordId() {
        return recordId;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public boolean isDecided() {
        return decided;
    }

    public BigDecimal getLower() {
        return lower;
    }

    public BigDecimal getUpper() {
        return upper;
    }

    /** A table cell as written, with {@code ,} or {@code .} as decimal mark. */
    public void setLower(String percent) {
        decided = true;
        lower = parse(percent);
    }

    public void setUpper(String percent) {
        decided = true;
        upper = parse(percent);
    }

    private static BigDecimal parse(String percent) {
        return new BigDecimal(percent.strip().replace("%", "").strip().replace(',', '.'));
    }

    @Override
    public String toString() {
        return "CapaianBand[" + recordId + ", " + lower + "–" + upper + "]";
    }
}
