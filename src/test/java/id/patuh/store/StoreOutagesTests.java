package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;

/** Only an unreachable store (or an unconfirmed write) may become a 503; bad input never does. */
class StoreOutagesTests {

    private static final ServerAddress SERVER = new ServerAddress("127.0.0.1", 27017);

    @Test
    void driverTimeoutsAndBrokenConnectionsAreOutages() {
        assertThat(StoreOutages.isOutage(new MongoTimeoutException("no server within 10000 ms"))).isTrue();
        assertThat(StoreOutages.isOutage(new MongoSocketReadException("closed", SERVER))).isTrue();
        assertThat(StoreOutages.isOutage(new DataAccessResourceFailureException("down",
                new MongoSocketOpenException("refused", SERVER)))).isTrue();
        assertThat(StoreOutages.isOutage(new IllegalStateException("wrapped",
                new MongoSocketOpenException("refused", SERVER)))).isTrue();
    }

    @Test
    void aWriteTheWriteConcernDidNotConfirmIsAnOutage() {
        WriteConcernError majorityNotReached = new WriteConcernError(64, "WriteConcernFailed",
                "waiting for replication timed out", new BsonDocument());
        assertThat(StoreOutages.isOutage(bulkFailure(List.of(), majorityNotReached))).isTrue();

        MongoException failover = new MongoException("not primary");
        failover.addLabel("RetryableWriteError");
        assertThat(StoreOutages.isOutage(failover)).isTrue();
    }

    @Test
    void badInputConflictsAndBugsAreNotOutages() {
        BulkWriteError duplicateKey = new BulkWriteError(11000, "E11000 duplicate key", new BsonDocument(), 0);
        assertThat(StoreOutages.isOutage(bulkFailure(List.of(duplicateKey), null))).isFalse();
        assertThat(StoreOutages.isOutage(new DuplicateKeyException("E11000"))).isFalse();
        assertThat(StoreOutages.isOutage(new MongoCommandException(new BsonDocument("ok", new BsonInt32(0))
                .append("code", new BsonInt32(2)).append("errmsg", new BsonString("bad value")), SERVER))).isFalse();
        assertThat(StoreOutages.isOutage(new UncheckedIOException(new IOException("malformed CSV")))).isFalse();
        assertThat(StoreOutages.isOutage(new IllegalArgumentException("step_no"))).isFalse();
    }

    private static MongoBulkWriteException bulkFailure(List<BulkWriteError> errors, WriteConcernError concern) {
        return new MongoBulkWriteException(BulkWriteResult.unacknowledged(), errors, concern, SERVER, Set.of());
    }
}
