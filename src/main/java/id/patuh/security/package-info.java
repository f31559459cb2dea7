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
 */
package id.patuh.security;
