package id.patuh.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The peak of live heap: the largest heap in use right after a garbage collection, as the
 * JVM reports it for every collection. Heap "used" between collections includes garbage and
 * would only say how large -Xmx is.
 */
final class HeapPeak {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static volatile boolean listening;

    private HeapPeak() {
    }

    static synchronized void reset() {
        listen();
        PEAK_AFTER_GC.set(0);
    }

    static double megabytes() {
        long current = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // before the first collection of a short run, the heap in use is all there is to say
        return (PEAK_AFTER_GC.get() == 0 ? current : PEAK_AFTER_GC.get()) / (1024.0 * 1024.0);
    }

    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static void listen() {
        if (listening) {
            return;
        }
        listening = true;
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = 0;
                for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(entry.getKey())) {
                        MemoryUsage usage = entry.getValue();
                        used += usage.getUsed();
                    }
                }
                PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }
}
