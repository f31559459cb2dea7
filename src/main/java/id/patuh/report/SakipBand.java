package id.patuh.report;

import java.util.Arrays;

/**
 * The SAKIP letter bands (PermenPAN-RB 88/2021): a score belongs to the first band whose lower
 * bound it is strictly above.
 */
public enum SakipBand {
    AA(90, "Sangat Memuaskan"),
    A(80, "Memuaskan"),
    BB(70, "Sangat Baik"),
    B(60, "Baik"),
    CC(50, "Cukup"),
    C(30, "Kurang"),
    D(Double.NEGATIVE_INFINITY, "Sangat Kurang");

    private final double above;
    private final String predikat;

    SakipBand(double above, String predikat) {
        this.above = above;
        this.predikat = predikat;
    }

    public static SakipBand of(double score) {
        return Arrays.stream(values()).filter(b -> score > b.above).findFirst().orElse(D);
    }

    public String predikat() {
        return predikat;
    }

    /** "> 90", or "0 – 30" for D, as printed in the band table. */
    public String range() {
        return this == D ? "0 – 30" : "> " + (int) above;
    }
}
