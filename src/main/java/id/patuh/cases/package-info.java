/**
 * The read model: stored cases (every event of one case, in start order) and indicator subjects
 * (the records and data requests of one unit, indicator and period), and the document layout
 * they are stored in.
 *
 * <p>Ingest is the only writer: it validates rows into the records defined here and stores them
 * by {@link id.patuh.cases.StoreKeys} and {@link id.patuh.cases.RecordDocuments}. Everyone else
 * reads through {@link id.patuh.cases.StoredCases}. A case document holds a whole case, so every
 * hot read is one {@code _id} lookup (the embedded store has no secondary indexes).
 */
package id.patuh.cases;
