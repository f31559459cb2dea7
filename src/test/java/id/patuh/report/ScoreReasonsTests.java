package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A score above the threshold that is still "belum siap" says why, in words, first. */
class ScoreReasonsTests {

    private static final Figure ALL = new Figure(4, 4, List.of("a", "b", "c", "d"), List.of(), List.of());

    @Test
    void aHighScoreWithAnOpenTinggiFindingSaysWhyItIsNotReady() {
        ReadinessScore score = score(List.of(new OpenFindings.SeverityCount("tinggi", 1, 3, List.of("f-1"))));

        // every measure 100 %, minus 3 points for the one tinggi finding: 97 > 70, yet not ready
        assertThat(score.value()).isEqualTo(97.0);
        assertThat(score.ready()).isFalse();
        assertThat(score.reasons().get(0)).isEqualTo("Skor 97 di atas batas siap 70, tetapi belum siap: 1 temuan "
                + "tingkat tinggi masih terbuka, padahal siap mensyaratkan tidak ada temuan tinggi yang terbuka. "
                + "Tindak lanjuti temuan itu sampai sesuai, atau kecualikan bila bukan temuan audit.");
    }

    @Test
    void aReadyScoreHasNoSuchReason() {
        ReadinessScore score = score(List.of(new OpenFindings.SeverityCount("sedang", 1, 3, List.of("f-2"))));

        assertThat(score.ready()).isTrue();
        assertThat(score.reasons()).noneMatch(r -> r.contains("di atas batas siap"));
    }

    private static ReadinessScore score(List<OpenFindings.SeverityCount> open) {
        DataReadiness data = new DataReadiness(ALL, ALL, ALL, ALL, List.of());
        SopAdherence sops = new SopAdherence("s", "SOP", List.of("c"), ALL, ALL, ALL);
        return new ScoreCalculator(ReportFixtures.defaults()).score(data, sops, new OpenFindings(open, List.of()));
    }
}
