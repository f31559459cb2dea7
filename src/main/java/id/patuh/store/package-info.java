/**
 * The document store patuh writes to.
 *
 * <p>With no {@code spring.data.mongodb.uri} configured, patuh starts an in-process
 * MongoDB wire-protocol server (mongo-java-server, H2 MVStore file by default) on
 * 127.0.0.1 and lets Spring Data MongoDB talk to it through the real driver, exactly as
 * it would to a real cluster. A configured URI switches to a real MongoDB and then no
 * embedded server starts.
 *
 * <p>Traps of the embedded server that shape the rest of the code: it keeps only unique
 * indexes (every other query is a full scan, so hot paths are {@code _id} lookups), has no
 * transactions, and rejects the {@code hello} command Boot's health check sends.
 *
 * <p>The embedded server has no access control of its own; {@link id.patuh.store.GuardedBackend}
 * admits only clients that know the secret made at each start (SCRAM-SHA-256), and the data
 * folder and its files are owner-only. The file store opens even when a crash damaged its newest
 * chunk ({@link id.patuh.store.StoreFileOpener}), and the start names the acknowledged rows a
 * roll-back lost ({@link id.patuh.store.AckJournal}); the health check reports DOWN when a thread
 * the store cannot serve without has died ({@link id.patuh.store.CriticalThreads}).
 *
 * <p>When the store is unreachable, the driver gives up after the {@code patuh.store.*}
 * timeouts instead of hanging, and {@link id.patuh.store.StoreOutages} tells such failures from
 * all others, so that the API can answer 503 with {@code Retry-After} (see
 * {@code docs/reliability.md}).
 *
 * <p>Several replicas of patuh can share one store: leases for once-per-interval work live in
 * the collection {@code shedlock} ({@link id.patuh.store.LeaseConfiguration}); a second process on
 * the machine of an embedded file store connects to the store of the process that holds the file
 * ({@link id.patuh.store.SharedEmbeddedStore}); the secondary indexes are created at start-up on a
 * real MongoDB only ({@link id.patuh.store.SecondaryIndexes}). See {@code docs/storage.md},
 * "Beberapa replika".
 */
package id.patuh.store;
