/**
 * User-facing text in message bundles. Every module keeps its words in its own bundle,
 * {@code i18n/<module>.properties} (Bahasa Indonesia, the default) and
 * {@code i18n/<module>_en.properties} (English); {@link id.patuh.messages.Texts} resolves a key
 * in one language, in both (what findings, row errors, logs and the command line keep), or in the
 * language of the request being served, which {@link id.patuh.messages.RequestLocales} picks from
 * the console's language choice or {@code Accept-Language}.
 */
package id.patuh.messages;
