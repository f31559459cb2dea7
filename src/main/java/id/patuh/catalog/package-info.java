/**
 * The SOP catalog: one YAML file per SOP AP (PermenPAN-RB 35/2012), transcribed from the
 * signed documents, loaded and validated at start-up, and exported in the shape of the
 * interchange contract (§6).
 *
 * <p>A catalog with an error never half-loads: the service refuses to start and
 * {@code catalog check} exits non-zero, naming file, line and field of every problem.
 */
package id.patuh.catalog;
