package id.patuh.sopimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import id.patuh.messages.Text;

/**
 * A PDF with a text layer. PDFBox gives words with their positions; {@link PdfRows} rebuilds
 * table rows and columns from those positions (a PDF has no cells, only text placed on a page).
 * A scanned PDF without a text layer has no words: it ends as "no procedure table", and the
 * office is told to run OCR first.
 */
final class PdfSourceReader {

    /** One word as placed on the page; {@code height} is its font size in points. */
    record Word(int page, float x, float endX, float y, float height, String text) {
    }

    private final SopImportProperties limits;

    PdfSourceReader(SopImportProperties limits) {
        this.limits = limits;
    }

    SourceDocument read(String name, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw encrypted(name);
            }
            if (document.getNumberOfPages() > limits.maxPdfPages()) {
                throw new SopImportException(new Text("sopimport.read.pdf-too-many-pages", name,
                        document.getNumberOfPages(), limits.maxPdfPages()));
            }
            WordCollector collector = new WordCollector();
            collector.setSortByPosition(true);
            collector.getText(document);
            return new SourceDocument(name, "pdf", new PdfRows(limits.maxRows()).rows(collector.words));
        } catch (InvalidPasswordException e) {
            throw encrypted(name);
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.unreadable(name, "PDF", e);
        }
    }

    private static SopImportException encrypted(String name) {
        return new SopImportException(new Text("sopimport.read.pdf-encrypted", name));
    }

    /** Collects the words PDFBox finds, with page and position, instead of writing text. */
    private static final class WordCollector extends PDFTextStripper {

        private final List<Word> words = new ArrayList<>();

        WordCollector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            words.add(new Word(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), Math.max(first.getFontSizeInPt(), 1f), text));
        }
    }
}
