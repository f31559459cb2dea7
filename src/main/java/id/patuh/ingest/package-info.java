/**
 * Ingest of the interchange files (interchange.md §1–4): activity logs, indicator data and
 * data requests as CSV, JSON arrays, JSON Lines and (activities) XES.
 *
 * <p>Readers stream the body row by row; each row is validated on its own, so a bad row
 * becomes a row error naming line, id and field while the good rows around it are stored.
 * Writes are batched and idempotent by id: an identical re-send is a duplicate that stores
 * nothing, the same id with other content is a conflict. Concurrent imports of the same ids
 * check and write one after the other ({@code KeyLocks}); an import the store cuts short is
 * still recorded with what was stored ({@code InterruptedImports}).
 */
package id.patuh.ingest;
