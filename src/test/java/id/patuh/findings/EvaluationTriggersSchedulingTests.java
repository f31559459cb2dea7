package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The sweep is scheduled on Spring's {@code TaskScheduler} as it was on its own thread: with a
 * fixed delay of {@code patuh.evaluation.sweep-interval}, the first one right after the start or
 * one interval later, never in a command, and cancelled when the service stops.
 */
class EvaluationTriggersSchedulingTests {

    private static final Duration INTERVAL = Duration.ofMinutes(7);

    private final RecordingScheduler scheduler = new RecordingScheduler();

    @AfterEach
    void shutDown() {
        scheduler.shutdown();
    }

    @Test
    void theFirstSweepRunsAtOnceWhenAskedThenEveryInterval() {
        Instant before = Instant.now();
        triggers(true).scheduleSweeps(ready(false));

        assertThat(scheduler.delays).containsExactly(INTERVAL);
        assertThat(scheduler.starts).singleElement()
                .satisfies(first -> assertThat(first).isBetween(before, Instant.now()));
    }

    @Test
    void withoutASweepOnStartTheFirstWaitsOneInterval() {
        Instant before = Instant.now();
        triggers(false).scheduleSweeps(ready(false));

        assertThat(scheduler.delays).containsExactly(INTERVAL);
        assertThat(scheduler.starts).singleElement()
                .satisfies(first -> assertThat(first).isBetween(before.plus(INTERVAL), Instant.now().plus(INTERVAL)));
    }

    @Test
    void aCommandSchedulesNoSweep() {
        triggers(true).scheduleSweeps(ready(true));

        assertThat(scheduler.starts).isEmpty();
    }

    @Test
    void stoppingTheServiceCancelsTheSweeps() {
        EvaluationTriggers triggers = triggers(false);
        triggers.scheduleSweeps(ready(false));

        triggers.stop();

        assertThat(scheduler.futures).singleElement().satisfies(f -> assertThat(f.isCancelled()).isTrue());
    }

    private EvaluationTriggers triggers(boolean sweepOnStart) {
        EvaluationProperties properties = new EvaluationProperties(true, INTERVAL, sweepOnStart);
        return new EvaluationTriggers(null, new LeasedSweep(null, properties), properties, scheduler);
    }

    private static ApplicationReadyEvent ready(boolean command) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(new MockEnvironment().withProperty("patuh.cli", Boolean.toString(command)));
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
    }

    /** A real scheduler that notes what it was asked and keeps the task from running during the test. */
    private static final class RecordingScheduler extends ThreadPoolTaskScheduler {

        final List<Instant> starts = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();
        final List<ScheduledFuture<?>> futures = new ArrayList<>();

        RecordingScheduler() {
            initialize();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            starts.add(startTime);
            delays.add(delay);
            ScheduledFuture<?> future = super.scheduleWithFixedDelay(task, Instant.now().plus(Duration.ofDays(1)),
                    delay);
            futures.add(future);
            return future;
        }
    }
}
