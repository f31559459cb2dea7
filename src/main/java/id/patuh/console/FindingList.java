package id.patuh.console;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import id.patuh.findings.FindingPage;
import id.patuh.findings.FindingView;
import id.patuh.findings.Kondisi;
import id.patuh.messages.Texts;

/**
 * One page of the findings list as the table shows it.
 *
 * @param number   1-based page number
 * @param previous address of the page before, null on the first
 * @param next     address of the page after, null on the last
 */
record FindingList(List<Row> rows, long total, int number, int pages, String previous, String next) {

    /**
     * @param subject where the finding applies: {@code case #step}, {@code indicator period} or the SOP
     * @param age     working days of its unit since the rule was broken (umur_hari_kerja)
     * @param berlaku whether the condition still holds
     * @param overdue an audit item past its due date whose follow-up is still owed
     * @param batasWaktu the audit item's due date, null when there is none
     */
    record Row(String id, String code, String codeLabel, String severity, String status, String unit, String sopCode,
            String subject, String message, String detectedAt, long age, boolean berlaku, boolean overdue,
            String batasWaktu) {
    }

    /** @param times the times of a unit (each unit may keep its own zone) */
    static FindingList of(FindingPage page, FindingListQuery query, Function<String, FindingTimes> times, Instant now) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        List<Row> rows = page.items().stream().map(f -> row(f, times.apply(f.unit()), now)).toList();
        int index = page.page();
        return new FindingList(rows, page.total(), index + 1, pages, index > 0 ? query.url(index - 1) : null,
                index + 1 < pages ? query.url(index + 1) : null);
    }

    private static Row row(FindingView f, FindingTimes times, Instant now) {
        return new Row(f.id(), f.code(), FindingCode.labelOf(f.code()), f.severity(), f.status().label(), f.unit(),
                f.sopCode(), subject(f), message(f), times.at(f.detectedAt()),
                f.umurHariKerja(),
                f.kondisi() == Kondisi.BERLAKU, f.tindakLanjut() != null && f.tindakLanjut().terlambat(),
                f.tindakLanjut() == null || f.tindakLanjut().batasWaktu() == null ? null
                        : f.tindakLanjut().batasWaktu().toString());
    }

    /** The finding's own words as it stores them, the half in the request's language when it has both. */
    static String message(FindingView f) {
        return Texts.english() && f.messageEn() != null ? f.messageEn() : f.message();
    }

    private static String subject(FindingView f) {
        if (f.caseId() != null) {
            return f.caseId() + (f.stepNo() == null ? "" : " #" + f.stepNo());
        }
        if (f.indicatorCode() != null) {
            return f.indicatorCode() + " " + f.period();
        }
        return f.sopCode();
    }
}
