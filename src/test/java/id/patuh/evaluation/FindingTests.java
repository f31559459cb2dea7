package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTests {

    @Test
    void sameCodeAndSubjectIsTheSameFinding() {
        String id = Finding.idOf("STEP_SKIPPED", "sop", "case-1", 3, "unit", null, null, null);

        assertThat(id).hasSize(32).matches("[0-9a-f]+")
                .isEqualTo(Finding.idOf("STEP_SKIPPED", "sop", "case-1", 3, "unit", null, null, null));
    }

    @Test
    void anyDifferenceInCodeOrSubjectIsAnotherFinding() {
        String id = Finding.idOf("DURATION_EXCEEDED", "sop", "case-1", 3, "unit", null, null, "e1");

        assertThat(id)
                .isNotEqualTo(Finding.idOf("MISSING_OUTPUT", "sop", "case-1", 3, "unit", null, null, "e1"))
                .isNotEqualTo(Finding.idOf("DURATION_EXCEEDED", "sop", "case-2", 3, "unit", null, null, "e1"))
                .isNotEqualTo(Finding.idOf("DURATION_EXCEEDED", "sop", "case-1", 3, "unit", null, null, "e2"));
    }

    @Test
    void fieldBoundariesCannotCollide() {
        assertThat(Finding.idOf("X", "a", "bc", null, null, null, null, null))
                .isNotEqualTo(Finding.idOf("X", "ab", "c", null, null, null, null, null));
    }
}
