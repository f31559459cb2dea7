package id.patuh.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.catalog.Sop;

/** Writes the records and requests of one subject: IKU-1, 2024-Q2, from kec-kemlagi/kasi-pemerintahan. */
final class SubjectScript {

    static final String UNIT = "kec-kemlagi/kasi-pemerintahan";
    static final String INDICATOR = "IKU-1";
    static final String PERIOD = "2024-Q2";

    private final List<IndicatorRecord> records = new ArrayList<>();
    private final List<DataRequest> requests = new ArrayList<>();
    private VerificationWindow window;

    static SubjectScript create() {
        return new SubjectScript();
    }

    SubjectScript request(String id, Instant due) {
        requests.add(new DataRequest(id, "case-1", UNIT, INDICATOR, PERIOD, due));
        return this;
    }

    SubjectScript record(String id, Consumer<Rec> tweak) {
        Rec rec = new Rec();
        tweak.accept(rec);
        records.add(new IndicatorRecord(id, UNIT, INDICATOR, "Persentase pelayanan tepat waktu", "sasaran",
                rec.period == null ? PERIOD : rec.period, rec.targetAnnual, rec.target, rec.realization, rec.direction, rec.submittedBy, rec.submittedAt,
                rec.verifiedBy, rec.verifiedAt, null, null));
        return this;
    }

    /** Records collected under {@code sop}: the window the rules give for it. */
    SubjectScript collectedUnder(Sop sop) {
        this.window = Fixtures.engine().verificationWindow(sop);
        return this;
    }

    SubjectInput at(Instant now) {
        return new SubjectInput(UNIT, INDICATOR, PERIOD, records, requests, window, Fixtures.calendar(), now);
    }

    List<Finding> evaluateAt(Instant now) {
        return Fixtures.engine().evaluateSubject(at(now));
    }

    /** One record being written. */
    static final class Rec {
        String period;
        BigDecimal targetAnnual;
        BigDecimal target;
        BigDecimal realization;
        String direction;
        String submittedBy;
        Instant submittedAt;
        String verifiedBy;
        Instant verifiedAt;

        Rec submitted(String by, Instant at) {
            submittedBy = by;
            submittedAt = at;
            return this;
        }

        Rec verified(String by, Instant at) {
            verifiedBy = by;
            verifiedAt = at;
            return this;
        }

        Rec values(String targetPeriod, String realizationValue) {
            target = targetPeriod == null ? null : new BigDecimal(targetPeriod);
            realization = realizationValue == null ? null : new BigDecimal(realizationValue);
            return this;
        }
    }
}
