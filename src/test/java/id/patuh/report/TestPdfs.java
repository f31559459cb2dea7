package id.patuh.report;

/** The report's HTML-to-PDF renderer, for tests of other features that need a real PDF. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static byte[] fromHtml(String html) {
        return PdfConverter.fromHtml(html);
    }
}
