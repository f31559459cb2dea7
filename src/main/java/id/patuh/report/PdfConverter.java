package id.patuh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * PDF from the same HTML the browser shows, so the two cannot drift apart. openhtmltopdf reads
 * XHTML, which is why the templates stay well-formed XML. Fonts are the PDF base fonts: nothing
 * to install on a server, and Latin text (Bahasa Indonesia) needs nothing else.
 */
final class PdfConverter {

    private PdfConverter() {
    }

    /** Characters XML 1.0 forbids (stray control characters in imported text) would stop the parser. */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static String xmlSafe(String html) {
        return NOT_XML.matcher(html).replaceAll("");
    }

    static byte[] fromHtml(String html) {
        PdfLogging.install();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // no base URI: the page has no external resources, and none may be fetched
            builder.withHtmlContent(xmlSafe(html), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
