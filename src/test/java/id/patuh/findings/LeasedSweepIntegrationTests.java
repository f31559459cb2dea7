package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * The sweep's lease, on the embedded store through the real driver: one sweep per interval
 * whoever asks, another replica's lease stops this one, a lapsed lease is taken again.
 */
@SpringBootTest(properties = {"patuh.evaluation.sweep-on-start=false", "patuh.evaluation.sweep-interval=PT1H"})
class LeasedSweepIntegrationTests {

    @Autowired
    LeasedSweep sweep;

    @Autowired
    MongoTemplate mongo;

    MongoCollection<Document> leases;

    @BeforeEach
    void noLease() {
        leases = mongo.getDb().getCollection("shedlock");
        leases.deleteMany(new Document());
    }

    @Test
    void aSecondSweepWithinTheIntervalIsSkippedAndTheLeaseLastsNineTenthsOfIt() {
        Optional<SweepResult> first = sweep.run();
        Optional<SweepResult> second = sweep.run();

        assertThat(first).isPresent();
        assertThat(second).as("the lease is held for 54 of the 60 minutes").isEmpty();
        Document lease = leases.find(Filters.eq("_id", LeasedSweep.LEASE)).first();
        assertThat(lease).isNotNull();
        Duration held = Duration.between(lease.getDate("lockedAt").toInstant(), lease.getDate("lockUntil").toInstant());
        assertThat(held).isBetween(Duration.ofMinutes(54).minusSeconds(1), Duration.ofMinutes(54).plusSeconds(1));
    }

    @Test
    void aLapsedLeaseIsTakenAgain() {
        assertThat(sweep.run()).isPresent();
        leases.updateOne(Filters.eq("_id", LeasedSweep.LEASE),
                Updates.set("lockUntil", Date.from(Instant.now().minusSeconds(1))));

        assertThat(sweep.run()).isPresent();
    }

    @Test
    void anotherReplicasLeaseStopsThisReplicasSweepUntilItIsReleased() {
        MongoLockProvider otherReplica = new MongoLockProvider(mongo.getDb().getCollection("shedlock"));
        SimpleLock held = otherReplica.lock(new LockConfiguration(Instant.now(), LeasedSweep.LEASE,
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();

        assertThat(sweep.run()).as("the other replica sweeps now").isEmpty();

        held.unlock();
        assertThat(sweep.run()).isPresent();
    }

    @Test
    void theLeaseFollowsTheSweepInterval() {
        assertThat(lease("PT15M")).containsExactly("PT13M30S", "PT30M");
        assertThat(lease("PT2S")).as("a replica that dies mid-sweep frees it after ten minutes at most")
                .containsExactly("PT1.8S", "PT10M");
        assertThat(lease("PT8H")).containsExactly("PT7H12M", "PT16H");
    }

    private static String[] lease(String interval) {
        LeasedSweep leased = new LeasedSweep(null, new EvaluationProperties(true, Duration.parse(interval), false));
        return new String[] {leased.holdAtLeast(), leased.holdAtMost()};
    }
}
