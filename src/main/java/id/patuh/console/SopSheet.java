package id.patuh.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopDocumentation;
import id.patuh.messages.Texts;

/**
 * An SOP drawn as the official SOP AP sheet (PermenPAN-RB 35/2012): the identity block, then
 * the flowchart table page by page, with the chosen unit's evidence on every step.
 *
 * @param unit     the unit whose cases the evidence counts; null when the caller has none
 * @param units    the units the caller may choose
 * @param problem  a message about the form (a period that could not be read), else null
 * @param reports  the monitoring forms of the chosen unit for the period's semesters
 */
record SopSheet(Sop sop, List<Field> header, List<Section> sections, Columns columns, List<SopSheetPage> pages,
        String unit, List<String> units, String period, String problem, List<Link> reports) {

    static final String NONE = "—";

    /** A line of the identity block's header table. */
    record Field(String label, String value) {
    }

    /** A list of the identity block (Dasar Hukum, Peringatan, …); empty when the catalog lacks it. */
    record Section(String label, List<String> items) {
    }

    /** The table's column widths in px, for the colgroup. */
    record Columns(int no, int kegiatan, double pelaksana, int kelengkapan, int waktu, int output, int keterangan,
            int table) {
    }

    record Link(String label, String href) {
    }

    static SopSheet of(Sop sop, Map<Integer, SopStepEvidence> evidence, String unit, List<String> units,
            SopPeriod period, String problem, boolean readsReports) {
        List<Link> reports = new ArrayList<>();
        if (unit != null && readsReports) {
            period.halves().forEach(h -> reports.add(new Link(Texts.current("console.sopsheet.monitoring", unit, h),
                    "/reports/monitoring?unit=" + unit + "&half=" + h)));
        }
        Columns columns = new Columns(SopSheetLayout.NO, SopSheetLayout.KEGIATAN, SopSheetLayout.columnWidth(sop),
                SopSheetLayout.KELENGKAPAN, SopSheetLayout.WAKTU, SopSheetLayout.OUTPUT, SopSheetLayout.KETERANGAN,
                SopSheetLayout.TABLE_WIDTH);
        return new SopSheet(sop, header(sop), sections(sop.documentation()), columns,
                SopSheetLayout.pages(sop, evidence, unit != null), unit, units, period.label(), problem, reports);
    }

    /** The identity block's lists two by two, as the sheet prints them side by side. */
    public List<List<Section>> sectionRows() {
        List<List<Section>> rows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i += 2) {
            rows.add(sections.subList(i, Math.min(i + 2, sections.size())));
        }
        return rows;
    }

    public int stepCount() {
        return sop.steps().size();
    }

    private static List<Field> header(Sop sop) {
        String disahkan = sop.disahkanOleh() == null ? NONE
                : sop.disahkanOleh() + (sop.penandatangan() == null ? "" : "\n" + sop.penandatangan());
        return List.of(new Field("Nomor SOP", text(sop.nomor())),
                new Field("Tanggal Pembuatan", date(sop.tanggalPembuatan())),
                new Field("Tanggal Revisi", date(sop.tanggalRevisi())),
                new Field("Tanggal Efektif", date(sop.tanggalEfektif())),
                new Field("Disahkan oleh", disahkan),
                new Field("Nama SOP", text(sop.name())));
    }

    private static List<Section> sections(SopDocumentation doc) {
        SopDocumentation d = doc == null ? new SopDocumentation(null, null, null, null, null, null, null, null) : doc;
        return List.of(new Section("Dasar Hukum", items(d.dasarHukum())),
                new Section("Kualifikasi Pelaksana", items(d.kualifikasiPelaksana())),
                new Section("Keterkaitan", items(d.keterkaitan())),
                new Section("Peralatan/Perlengkapan", items(d.peralatan())),
                new Section("Peringatan", items(d.peringatan())),
                new Section("Pencatatan dan Pendataan", items(d.pencatatan())));
    }

    private static List<String> items(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** {@code 2024-03-12} → 12 Maret 2024, {@code 2019-09} → September 2019, {@code 2022} stays. */
    static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return NONE;
        }
        String[] parts = iso.split("-");
        try {
            return switch (parts.length) {
                case 3 -> Integer.parseInt(parts[2]) + " " + FindingTimes.month(Integer.parseInt(parts[1])) + " " + parts[0];
                case 2 -> FindingTimes.month(Integer.parseInt(parts[1])) + " " + parts[0];
                default -> iso;
            };
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
