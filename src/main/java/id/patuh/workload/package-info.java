/**
 * Synthetic workloads built from the SOP catalog: cases that follow their SOP exactly, with
 * known violations injected, and indicator subjects likewise. Used by the audit tests (which
 * must find exactly the injected violations), the demo data set and the benchmark.
 */
package id.patuh.workload;
