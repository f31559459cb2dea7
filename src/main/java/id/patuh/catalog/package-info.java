/**
 * The SOP catalog: one YAML file per SOP AP (PermenPAN-RB 35/2012), transcribed from the
 * signed documents, loaded and validated at start-up (and again on
 * {@code POST /api/admin/catalog/reload}), and exported in the shape of the interchange
 * contract (§6).
 *
 * <p>A catalog with an error never half-loads: the service refuses to start, a reload is
 * refused while the running catalog keeps serving, and {@code catalog check} exits non-zero,
 * each naming file, line and field of every problem.
 */
package id.patuh.catalog;
