/**
 * The benchmark: generates a workload from the catalog and measures each stage of patuh next
 * to its floor — ingest against the driver's raw {@code insertMany}, the evaluation sweep
 * against a raw read of the same documents, Drools against the same checks written in plain
 * Java. Figures only: no assertion on speed lives in the test suite.
 */
package id.patuh.bench;
