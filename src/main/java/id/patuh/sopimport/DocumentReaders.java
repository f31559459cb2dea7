package id.patuh.sopimport;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.Tika;

import id.patuh.messages.Text;

/**
 * Picks the reader by what the bytes are (Tika's magic numbers), not by the file name: a scan's
 * text saved as ".docx", or a PDF without extension, still goes to the right reader.
 */
final class DocumentReaders {

    private static final Tika TIKA = new Tika();

    private final SopImportProperties limits;

    DocumentReaders(SopImportProperties limits) {
        this.limits = limits;
        // POI's zip-bomb guards are global; these are the limits this application reads documents under
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedSize().toBytes());
    }

    SourceDocument read(String name, byte[] bytes) {
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new SopImportException(new Text("sopimport.read.file-too-large", name,
                    limits.maxFileSize().toString()));
        }
        String type = TIKA.detect(bytes, name);
        if (type.equals("application/pdf")) {
            return new PdfSourceReader(limits).read(name, bytes);
        }
        if (type.startsWith("text/")) {
            return new TextSourceReader(limits).read(name, bytes);
        }
        String container = type.contains("zip") || type.contains("ooxml") || type.contains("openxmlformats")
                ? zipKind(bytes) : "";
        return switch (container) {
            case "docx" -> new DocxSourceReader(limits).read(name, bytes);
            case "xlsx" -> new XlsxSourceReader(limits).read(name, bytes);
            default -> throw new SopImportException(new Text("sopimport.read.type-unsupported", name, type));
        };
    }

    /**
     * Word or Excel, by the part names inside the package. Zip stores entry names uncompressed,
     * so they are found without inflating anything (a zip bomb is never expanded here).
     */
    private static String zipKind(byte[] bytes) {
        String names = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (names.contains("word/document.xml")) {
            return "docx";
        }
        return names.contains("xl/workbook.xml") ? "xlsx" : "";
    }
}
