package id.patuh.report;

/** A rendered report: the bytes, their media type, and the file name to save them under. */
public record ReportDocument(byte[] body, String mediaType, String fileName) {
}
