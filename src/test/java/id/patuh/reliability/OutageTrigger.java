package id.patuh.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.BsonValue;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Stops the store at an exact point of an import: right after the store acknowledged the
 * n-th command of one kind on one collection (e.g. the third {@code insert} into
 * {@code ingest_ids}), in the thread that sent it, before the application sees the reply.
 */
final class OutageTrigger implements CommandListener {

    private final Map<Integer, String> started = new ConcurrentHashMap<>();
    private volatile String armedFor;
    private volatile int remaining;
    private volatile Runnable outage;

    /** After the {@code nth} successful {@code command} on {@code collection}, run {@code outage} once. */
    synchronized void arm(String command, String collection, int nth, Runnable outage) {
        this.armedFor = command + " " + collection;
        this.remaining = nth;
        this.outage = outage;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        started.put(event.getRequestId(), event.getCommandName() + " " + collection);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        started.remove(event.getRequestId());
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String what = started.remove(event.getRequestId());
        Runnable fire = null;
        synchronized (this) {
            if (armedFor != null && armedFor.equals(what) && --remaining == 0) {
                fire = outage;
                armedFor = null;
            }
        }
        if (fire != null) {
            fire.run();
        }
    }
}
