/**
 * Who may do what, and on which tenants' data.
 *
 * <p>Roles: ADMIN (catalog, rules, users), INSPEKTORAT (reads the tenants of its kabupaten,
 * decides on findings), SEKCAM (reads its own tenant), OPERATOR (submits data for its own
 * tenant), EVALUATOR (reads reports), SCRAPER (reads /actuator/prometheus). Users come from
 * configuration with bcrypt hashes, or from JWT claims in resource-server mode; on a first run
 * without users a random admin password is generated and printed once.
 *
 * <p>Tenant scoping is enforced by the services that read and write data: controllers only
 * turn the caller into a {@link TenantScope} and pass it on.
 *
 * <p>Console sessions live in the store (Spring Session's MongoDB repository, collection
 * {@code sessions}, configured in application.yml), so that any replica of patuh serves any
 * signed-in user; whatever goes into a session (the signed-in {@link PatuhUser}, CSRF token,
 * flash messages) must be {@link java.io.Serializable}. The sign-in throttle counts per process.
 */
package id.patuh.security;
