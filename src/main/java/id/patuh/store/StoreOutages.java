package id.patuh.store;

import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.modulith.NamedInterface;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;

/**
 * Tells "the store is unreachable or cannot confirm a write now" from every other failure.
 *
 * <p>Only these may become a 503 with {@code Retry-After}: the request was fine and sending it
 * again later is the right reaction (every write of patuh is idempotent). Bad input, a
 * conflict or a bug is never an outage.
 */
@NamedInterface("api")
public final class StoreOutages {

    /** Labels a server puts on errors a client should retry (failover, shutdown, network). */
    private static final Set<String> TRANSIENT_LABELS = Set.of("RetryableWriteError", "TransientTransactionError");

    private StoreOutages() {
    }

    /** Whether {@code failure} or one of its causes says the store is unavailable. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isOutageItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable t) {
        if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                || t instanceof MongoServerUnavailableException || t instanceof MongoConnectionPoolClearedException
                || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                || t instanceof MongoOperationTimeoutException || t instanceof MongoWriteConcernException
                || t instanceof DataAccessResourceFailureException) {
            return true;
        }
        // written on the primary, but not confirmed by the write concern (w: majority): not acknowledged
        if (t instanceof MongoBulkWriteException bulk && bulk.getWriteConcernError() != null) {
            return true;
        }
        return t instanceof MongoException mongo && TRANSIENT_LABELS.stream().anyMatch(mongo::hasErrorLabel);
    }
}
