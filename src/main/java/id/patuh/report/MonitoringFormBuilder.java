package id.patuh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.patuh.cases.CaseData;
import id.patuh.cases.DataRequest;
import id.patuh.cases.SubjectData;
import id.patuh.findings.FindingView;

/**
 * Pre-fills the monitoring form: one row per procedure the unit runs. A procedure "berjalan
 * dengan baik" when its cases of the semester raised no finding of severity sedang or tinggi
 * that still holds; low-severity findings are noted but do not change the verdict. A procedure
 * without any case is left for the evaluator to judge.
 */
final class MonitoringFormBuilder {

    private static final Set<String> SERIOUS = Set.of("tinggi", "sedang");
    private static final int SHOWN_CASES = 5;

    private final String zone;

    MonitoringFormBuilder(String zone) {
        this.zone = zone;
    }

    MonitoringForm of(ReportData d) {
        Map<String, String> procedures = new LinkedHashMap<>();
        d.unitSops().forEach(s -> procedures.put(s.code(), s.name()));
        d.cases().stream().map(CaseData::sopCode).sorted().forEach(c -> procedures.putIfAbsent(c, c));
        Map<String, List<FindingView>> bySop = findingsBySop(d);
        List<MonitoringForm.Row> rows = new ArrayList<>();
        procedures.forEach((code, name) -> rows.add(row(rows.size() + 1, code, name,
                d.cases().stream().filter(c -> c.sopCode().equals(code)).toList(),
                bySop.getOrDefault(code, List.of()))));
        List<FindingView> untied = bySop.getOrDefault("", List.of());
        if (!untied.isEmpty()) {
            rows.add(row(rows.size() + 1, null, "Pengumpulan data kinerja (tanpa kaitan kasus SOP)", List.of(),
                    untied));
        }
        return new MonitoringForm(d.unit().code(), d.period().label(), d.period().title(), d.asOf(), zone, rows,
                MonitoringForm.NOTE);
    }

    /**
     * Findings that still hold, by the SOP they concern: a case's findings by its SOP, a data
     * finding by the SOP of the case that issued the request ("" when no request names a case).
     */
    private static Map<String, List<FindingView>> findingsBySop(ReportData d) {
        Map<String, String> sopOfSubject = new TreeMap<>();
        for (SubjectData s : d.subjects()) {
            s.requests().stream().map(DataRequest::caseId).filter(Objects::nonNull).map(d.sopOfCase()::get)
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(sop -> sopOfSubject.put(s.unit() + "|" + s.indicatorCode() + "|" + s.period(), sop));
        }
        return new HeldFindings(d.findings()).all().stream().collect(Collectors.groupingBy(f -> f.sopCode() != null
                ? f.sopCode() : sopOfSubject.getOrDefault(f.unit() + "|" + f.indicatorCode() + "|" + f.period(), "")));
    }

    private MonitoringForm.Row row(int no, String code, String name, List<CaseData> cases, List<FindingView> found) {
        List<FindingView> sorted = found.stream().sorted(Comparator.comparing(FindingView::code)
                .thenComparing(f -> f.stepNo() == null ? 0 : f.stepNo()).thenComparing(FindingView::id)).toList();
        List<String> caseIds = cases.stream().map(CaseData::caseId).sorted().toList();
        Boolean good = cases.isEmpty() && sorted.isEmpty() ? null
                : sorted.stream().noneMatch(f -> SERIOUS.contains(f.severity()));
        String penilaian = good == null ? "belum dapat dinilai"
                : good ? "berjalan dengan baik" : "tidak berjalan dengan baik";
        String tindakan = good == null && sorted.isEmpty() ? FollowUpAdvice.NOT_RUN
                : FollowUpAdvice.forCodes(sorted.stream().map(FindingView::code).toList());
        return new MonitoringForm.Row(no, code, name, good, penilaian, catatan(caseIds, sorted), tindakan, "",
                caseIds, sorted.stream().map(FindingView::id).toList());
    }

    private static String catatan(List<String> caseIds, List<FindingView> found) {
        if (caseIds.isEmpty() && found.isEmpty()) {
            return "Tidak ada pelaksanaan yang tercatat pada semester ini.";
        }
        StringBuilder text = new StringBuilder();
        if (!caseIds.isEmpty()) {
            text.append(caseIds.size()).append(" kasus (")
                    .append(String.join(", ", caseIds.subList(0, Math.min(SHOWN_CASES, caseIds.size()))))
                    .append(caseIds.size() > SHOWN_CASES ? ", …" : "").append("). ");
        }
        if (found.isEmpty()) {
            return text.append("Tidak ada temuan.").toString();
        }
        Map<String, List<FindingView>> byCode = found.stream()
                .collect(Collectors.groupingBy(FindingView::code, TreeMap::new, Collectors.toList()));
        text.append("Temuan: ").append(byCode.entrySet().stream().map(e -> e.getValue().size() + " × " + e.getKey()
                + " (" + highest(e.getValue()) + steps(e.getValue()) + ")").collect(Collectors.joining(", ")));
        long open = found.stream().filter(FindingView::open).count();
        return text.append("; ").append(open).append(" masih terbuka.").toString();
    }

    private static String highest(List<FindingView> found) {
        return OpenFindingsCalculator.SEVERITIES.stream()
                .filter(s -> found.stream().anyMatch(f -> s.equals(f.severity()))).findFirst()
                .orElse(found.get(0).severity());
    }

    private static String steps(List<FindingView> found) {
        List<String> steps = found.stream().map(FindingView::stepNo).filter(Objects::nonNull).distinct().sorted()
                .map(String::valueOf).toList();
        return steps.isEmpty() ? "" : "; langkah " + String.join(", ", steps);
    }
}
