package id.patuh.console;

import java.util.List;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.catalog.SopStep;

/**
 * One body row of a flowchart page: a step, or the strip at the top or bottom of a page that
 * holds its off-page connectors.
 *
 * @param step     null for a connector strip
 * @param evidence null for a connector strip
 * @param top      where the row starts in the page's drawing (px)
 * @param height   the row's fixed height without its 1 px border (px)
 * @param text     what a connector strip says (where the flow continues)
 */
record SopSheetRow(SopStep step, SopStepEvidence evidence, double top, int height, String text) {

    public boolean isStep() {
        return step != null;
    }

    /**
     * The Waktu cell as written; a bare number (a column headed "Waktu (Menit)") gets the unit
     * the catalog read it in, so the sheet needs no column heading to be understood.
     */
    public String waktu() {
        if (step == null || step.waktuText() == null) {
            return "";
        }
        String text = step.waktuText().strip();
        MutuBakuWaktu waktu = step.waktu();
        if (waktu == null || !text.matches("\\d+")) {
            return text;
        }
        long n = Long.parseLong(text);
        String unit = waktu.isDays() ? "hari" : waktu.workingTime().toMinutes() == n ? "menit"
                : waktu.workingTime().toHours() == n ? "jam" : null;
        return unit == null ? text : text + " " + unit;
    }

    public List<String> kelengkapan() {
        return step == null ? List.of() : step.kelengkapan();
    }
}
