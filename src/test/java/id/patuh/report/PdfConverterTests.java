package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF is made from XHTML; imported text must not be able to break the XML parser. */
class PdfConverterTests {

    @Test
    void aStrayControlCharacterInImportedTextDoesNotStopThePdf() throws Exception {
        byte[] pdf = PdfConverter.fromHtml("<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<p>Indikator \u0001IKU-1 &amp; IKU-2 × 2 – selesai</p></body></html>");
        assertThat(Exports.pdfText(pdf)).contains("Indikator IKU-1 & IKU-2 × 2 – selesai");
    }
}
