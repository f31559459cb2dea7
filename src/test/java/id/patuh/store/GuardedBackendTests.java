package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;

class GuardedBackendTests {

    private final List<Throwable> fatal = new ArrayList<>();

    /** A backend that runs out of memory on every command it is asked to serve. */
    private final MemoryBackend exhausted = new MemoryBackend() {
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            throw new OutOfMemoryError("Java heap space");
        }
    };

    private final GuardedBackend guarded = new GuardedBackend(exhausted,
            StoreAccess.generate().verifier(), fatal::add);

    @Test
    void anOutOfMemoryErrorWhileServingGoesToTheFatalHandler() {
        assertThatThrownBy(() -> guarded.handleCommand(new EmbeddedChannel(), "admin", "hello", new Document("hello", 1)))
                .isInstanceOf(OutOfMemoryError.class);

        assertThat(fatal).singleElement().isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void anUnauthenticatedConnectionReachesNothingButTheHandshake() {
        assertThatThrownBy(() -> guarded.handleCommand(new EmbeddedChannel(), "patuh", "find",
                new Document("find", "users"))).isInstanceOfSatisfying(MongoServerError.class,
                error -> assertThat(error.getCode()).isEqualTo(13));

        assertThat(fatal).as("the backend was never asked").isEmpty();
    }
}
