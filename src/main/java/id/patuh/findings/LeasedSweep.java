package id.patuh.findings;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * One sweep, run by one replica per interval: the replica that takes the lease
 * {@value #LEASE} in the store sweeps, every other replica whose timer fires while the lease is
 * held skips its turn. The lease's lengths follow the sweep interval ({@link #holdAtLeast},
 * {@link #holdAtMost}); the annotation reads them from this bean.
 */
@Component("leasedSweep")
class LeasedSweep {

    static final String LEASE = "patuh-sweep";
    /** A lease left by a replica that died mid-sweep frees itself after this long at the latest. */
    private static final Duration MIN_HOLD_AT_MOST = Duration.ofMinutes(10);

    private final ComplianceEvaluator evaluator;
    private final EvaluationProperties properties;

    LeasedSweep(ComplianceEvaluator evaluator, EvaluationProperties properties) {
        this.evaluator = evaluator;
        this.properties = properties;
    }

    /** The sweep's result, or empty when another replica swept within this interval (or sweeps now). */
    @SchedulerLock(name = LEASE, lockAtLeastFor = "#{@leasedSweep.holdAtLeast()}",
            lockAtMostFor = "#{@leasedSweep.holdAtMost()}")
    public Optional<SweepResult> run() {
        return Optional.of(evaluator.sweep(evaluator.now()));
    }

    /**
     * Nine tenths of the interval: long enough that a replica whose timer fires soon after
     * another's sweep skips its turn, short enough that the next turn of any replica (a full
     * interval later) finds the lease free even with a little clock skew between machines.
     */
    public String holdAtLeast() {
        return properties.sweepInterval().multipliedBy(9).dividedBy(10).toString();
    }

    /**
     * Two intervals, and at least ten minutes: longer than any sweep, so that a slow sweep is not
     * joined by a second replica; a replica that dies mid-sweep delays the next sweep by this much.
     */
    public String holdAtMost() {
        Duration twice = properties.sweepInterval().multipliedBy(2);
        return (twice.compareTo(MIN_HOLD_AT_MOST) > 0 ? twice : MIN_HOLD_AT_MOST).toString();
    }
}
