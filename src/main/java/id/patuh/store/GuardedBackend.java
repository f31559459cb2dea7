package id.patuh.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Puts authentication in front of the embedded wire server, which has none: a connection may
 * only say {@code hello} and authenticate (SCRAM-SHA-256, {@link ScramSha256}) until it has
 * proved it knows the store's secret; any other command gets error 13 (Unauthorized), as a
 * real MongoDB with access control answers.
 *
 * <p>It also hands an {@link OutOfMemoryError} raised while serving a command to
 * {@code onFatal} (which stops the process): the wire server would otherwise turn it into an
 * error reply, or lose the thread, and keep running half-alive.
 */
final class GuardedBackend implements MongoBackend {

    private static final AttributeKey<Boolean> AUTHENTICATED = AttributeKey.valueOf("patuh.authenticated");
    private static final AttributeKey<ScramSha256.Conversation> CONVERSATION =
            AttributeKey.valueOf("patuh.scram");
    /** What a connection may send before it has authenticated: the handshake and SASL. */
    private static final Set<String> OPEN_COMMANDS = Set.of("hello", "ismaster", "saslstart", "saslcontinue",
            "endsessions");

    private final MongoBackend delegate;
    private final ScramSha256 verifier;
    private final Consumer<Throwable> onFatal;

    GuardedBackend(MongoBackend delegate, ScramSha256 verifier, Consumer<Throwable> onFatal) {
        this.delegate = delegate;
        this.verifier = verifier;
        this.onFatal = onFatal;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().stream().findFirst().orElse("");
        Optional<Document> sasl = sasl(message.getChannel(), command, message.getDocument());
        if (sasl.isPresent()) {
            return sasl.get();
        }
        requireAccess(message.getChannel(), command);
        return guarded(() -> delegate.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Optional<Document> sasl = sasl(channel, command, query);
        if (sasl.isPresent()) {
            return sasl.get();
        }
        requireAccess(channel, command);
        return guarded(() -> delegate.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireAccess(query.getChannel(), "find");
        return guarded(() -> delegate.handleQuery(query));
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireAccess(query.getChannel(), "currentOp");
        return delegate.getCurrentOperations(query);
    }

    private void requireAccess(Channel channel, String command) {
        if (OPEN_COMMANDS.contains(command.toLowerCase()) || Boolean.TRUE.equals(channel.attr(AUTHENTICATED).get())) {
            return;
        }
        throw new MongoServerError(13, "Unauthorized", "command " + command + " requires authentication");
    }

    private Optional<Document> sasl(Channel channel, String command, Document query) {
        return switch (command.toLowerCase()) {
            case "saslstart" -> Optional.of(saslStart(channel, query));
            case "saslcontinue" -> Optional.of(saslContinue(channel, query));
            default -> Optional.empty();
        };
    }

    private Document saslStart(Channel channel, Document query) {
        channel.attr(AUTHENTICATED).set(false);
        if (!ScramSha256.MECHANISM.equals(query.get("mechanism"))) {
            throw authenticationFailed();
        }
        ScramSha256.Conversation conversation = verifier.start(payload(query)).orElseThrow(GuardedBackend::authenticationFailed);
        channel.attr(CONVERSATION).set(conversation);
        return reply(false, conversation.serverFirst().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Document saslContinue(Channel channel, Document query) {
        ScramSha256.Conversation conversation = channel.attr(CONVERSATION).getAndSet(null);
        if (conversation == null) {
            throw authenticationFailed();
        }
        byte[] serverFinal = verifier.finish(conversation, payload(query)).orElseThrow(GuardedBackend::authenticationFailed);
        channel.attr(AUTHENTICATED).set(true);
        return reply(true, serverFinal);
    }

    private static byte[] payload(Document query) {
        Object payload = query.get("payload");
        if (payload instanceof BinData binary) {
            return binary.getData();
        }
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        throw authenticationFailed();
    }

    private static Document reply(boolean done, byte[] payload) {
        return new Document("conversationId", 1).append("done", done).append("payload", new BinData(payload))
                .append("ok", 1.0);
    }

    private static MongoServerError authenticationFailed() {
        return new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (OutOfMemoryError e) {
            onFatal.accept(e);
            throw e;
        }
    }

    @Override
    public void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        delegate.dropDatabase(database);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public java.time.Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
