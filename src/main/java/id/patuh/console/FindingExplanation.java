package id.patuh.console;

import java.util.List;

/**
 * How a finding's time verdict was reached, in words: one sentence with the figures, the facts
 * it rests on, and the calendar walk behind the working time.
 *
 * @param title    what kind of computation this is (waktu kerja, batas penyampaian, verifikasi)
 * @param headline the verdict with its figures, e.g. "… memakai waktu kerja 2 j 35 m, standar 1 jam: …"
 * @param span     the calendar facts of the counted working time; null when none was counted
 */
record FindingExplanation(String title, String headline, List<Fact> facts, FindingSpan span) {

    FindingExplanation {
        facts = List.copyOf(facts);
    }

    record Fact(String label, String value) {
    }
}
