/**
 * The web console: server-rendered pages (Thymeleaf, a little htmx) in Bahasa Indonesia for the
 * inspektorat (findings and their follow-up), the Sekcam and evaluators (SOP sheets, reports,
 * dashboards) and operators (uploads with their refused rows). Pages call the other features'
 * façades, never their internals; every asset is served by patuh itself.
 */
package id.patuh.console;
