/**
 * How a refusal or a failure reaches a caller. Features throw a {@link id.patuh.errors.DomainException}
 * saying what kind of refusal it is ({@link id.patuh.errors.Refusal}) in words a user can act on, and
 * never touch HTTP; one advice turns it, Spring MVC's own errors and every store outage
 * ({@link id.patuh.store.StoreOutages}) into an RFC 9457 problem detail for the API, or into the
 * console's error page when a browser asks for a console or report page.
 */
package id.patuh.errors;
