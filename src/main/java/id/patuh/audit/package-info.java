/**
 * The append-only log of security-relevant actions — failed sign-ins, imports, finding status
 * changes, rule and catalog reloads, the catalog loaded at start — readable by ADMIN and INSPEKTORAT.
 * It listens to the events of the other features and never changes anything else.
 */
package id.patuh.audit;
