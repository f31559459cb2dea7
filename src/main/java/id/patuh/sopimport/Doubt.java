package id.patuh.sopimport;

/**
 * A value of a draft that was inferred rather than read, or read from a damaged place.
 *
 * @param sop    code of the draft
 * @param field  dotted path of the field in the draft, e.g. {@code steps[2].executors}
 * @param line   line (row) of the source it came from, 0 when it concerns the whole document
 * @param reason Bahasa Indonesia, then " / " and English
 */
public record Doubt(String sop, String field, int line, String reason) {
}
