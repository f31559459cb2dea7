package id.patuh.evaluation;

import java.util.List;

import id.patuh.calendar.DayCounting;
import id.patuh.catalog.Decision;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopRole;
import id.patuh.catalog.SopStep;

/**
 * An SOP with a forward branch, which no seed SOP has: step 2 decides; "ya" jumps to 4 over 3,
 * "tidak" goes through 3 (a correction) and on to 4.
 */
final class BranchingSop {

    private BranchingSop() {
    }

    static Sop create() {
        return new Sop("uji-cabang", "Uji Cabang", "Instansi Uji", "uji.txt", "1", null, null, "2024-01-01",
                "Kepala", null, List.of("unit-uji"), DayCounting.WORKING,
                List.of(new SopRole("Staf", List.of())),
                List.of(step(1, null), step(2, new Decision(4, 3)), step(3, null), step(4, null)), null);
    }

    private static SopStep step(int no, Decision decision) {
        return new SopStep(no, "Kegiatan " + no, List.of("Staf"), List.of(), null, null, null, null, decision, false);
    }
}
