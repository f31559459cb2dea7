package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.patuh.messages.Text;
import id.patuh.sopimport.PdfSourceReader.Word;

/**
 * Rows and cells from word positions. Words on one baseline with a wide gap between them are
 * in different cells. A heading row (list headings, or the No/Kegiatan header of the procedure
 * table with the row under it) fixes the columns' left edges; the rows after it put each cell
 * in the column it starts in, so a blank cell stays blank and a cell in the right column stays
 * there. A line closer to the one above than a row gap is the same row, wrapped.
 *
 * <p>Limit: the column edges come from where header text starts, so a header centred in a
 * wide column places left-aligned cells one column too far left.
 */
final class PdfRows {

    /** Words of one line grouped into cells by the gaps between them. */
    private record Line(int page, float y, float height, List<float[]> xs, List<String> texts) {
    }

    private final int maxRows;
    private List<Float> anchors;
    private Line pendingHeader;

    PdfRows(int maxRows) {
        this.maxRows = maxRows;
    }

    List<SourceRow> rows(List<Word> words) {
        List<SourceRow> rows = new ArrayList<>();
        Line previous = null;
        for (Line line : lines(words)) {
            if (rows.size() >= maxRows) {
                throw new SopImportException(new Text("sopimport.read.pdf-too-many-rows", maxRows));
            }
            boolean wrapped = previous != null && anchors != null && line.page() == previous.page()
                    && line.y() - previous.y() <= 1.4f * line.height() && !rows.isEmpty();
            previous = line;
            if (pendingHeader != null) {
                for (float[] x : line.xs()) {
                    addAnchor(x[0]);
                }
                rows.add(place(pendingHeader, rows.size() + 1));
                pendingHeader = null;
            } else if (wrapped) {
                SourceRow last = rows.remove(rows.size() - 1);
                rows.add(merge(last, place(line, last.line())));
                continue;
            }
            retarget(line);
            if (pendingHeader == null) {
                rows.add(anchors == null ? new SourceRow(rows.size() + 1, line.texts()) : place(line, rows.size() + 1));
            }
        }
        return rows;
    }

    /** Headings and titles change the columns the next rows are placed in. */
    private void retarget(Line line) {
        List<String> texts = line.texts();
        SourceRow asRow = new SourceRow(0, texts);
        if (texts.stream().allMatch(t -> ListHeadings.key(t) != null)) {
            anchors = new ArrayList<>(line.xs().stream().map(x -> x[0]).toList());
        } else if (TableHeader.isHeader(asRow)) {
            anchors = new ArrayList<>(line.xs().stream().map(x -> x[0]).toList());
            pendingHeader = line;
        } else if (texts.size() == 1 && texts.get(0).equals(texts.get(0).toUpperCase(Locale.ROOT))
                && texts.get(0).chars().filter(Character::isLetter).count() >= 10) {
            anchors = null;
        }
    }

    private void addAnchor(float x) {
        if (anchors.stream().noneMatch(a -> Math.abs(a - x) < 3f)) {
            anchors.add(x);
            anchors.sort(Float::compare);
        }
    }

    private SourceRow place(Line line, int number) {
        String[] cells = new String[anchors.size()];
        java.util.Arrays.fill(cells, "");
        for (int i = 0; i < line.texts().size(); i++) {
            int column = 0;
            for (int a = 0; a < anchors.size(); a++) {
                if (anchors.get(a) <= line.xs().get(i)[0] + 2f) {
                    column = a;
                }
            }
            cells[column] = cells[column].isEmpty() ? line.texts().get(i) : cells[column] + " " + line.texts().get(i);
        }
        return new SourceRow(number, List.of(cells));
    }

    private static SourceRow merge(SourceRow row, SourceRow more) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.cells().size(), more.cells().size()); i++) {
            String a = row.cell(i);
            String b = more.cell(i);
            // a line break, as in the cell: Kelengkapan items stay apart, other text is joined with a space later
            cells.add(a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b);
        }
        return new SourceRow(row.line(), cells);
    }

    private static List<Line> lines(List<Word> words) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word word : words) {
            if (!current.isEmpty() && (word.page() != current.get(0).page()
                    || Math.abs(word.y() - current.get(0).y()) > 1.5f)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
        List<float[]> xs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Word previous = null;
        for (Word word : sorted) {
            float gap = previous == null ? Float.MAX_VALUE : word.x() - previous.endX();
            if (gap > Math.max(4f, 0.7f * word.height())) {
                xs.add(new float[] {word.x()});
                texts.add(word.text());
            } else {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + word.text());
            }
            previous = word;
        }
        return new Line(sorted.get(0).page(), sorted.get(0).y(), sorted.get(0).height(), xs, texts);
    }
}
