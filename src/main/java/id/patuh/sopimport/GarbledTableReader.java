package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Text;
import id.patuh.sopimport.ProcedureTableReader.Found;

/**
 * A procedure table whose scan lost every column (the cells of a row interleaved line by line,
 * as in the Suak Midai seed). Only what survives such OCR reliably is read: one step per Waktu
 * ("15 menit", "1 Hari"), in order, with its duration. The activity is the raw text around it;
 * Kelengkapan, Output, Keterangan and the executors are left for a person, each as a doubt.
 */
final class GarbledTableReader {

    private static final Pattern WAKTU = Pattern.compile("(?i)\\b(\\d{1,4})\\s*(menit|mnt|jam|hari)\\b");
    static final String UNREAD_ROLE = "Pelaksana";

    List<Found> read(List<SourceRow> rows) {
        int header = header(rows);
        if (header < 0) {
            return List.of();
        }
        List<int[]> tokens = new ArrayList<>();
        List<String> waktu = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            Matcher matcher = WAKTU.matcher(SourceText.plain(rows.get(i).joined()));
            while (matcher.find()) {
                tokens.add(new int[] {i});
                waktu.add(matcher.group(1) + " " + matcher.group(2));
            }
        }
        if (tokens.isEmpty()) {
            return List.of();
        }
        DoubtList doubts = new DoubtList();
        doubts.add("roles", rows.get(header).line(), new Text("sopimport.doubt.garbled-roles"));
        List<DraftStep> steps = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            int from = k == 0 ? header + 1 : tokens.get(k - 1)[0] + 1;
            int to = k == tokens.size() - 1 ? rows.size() - 1 : tokens.get(k)[0];
            steps.add(step(rows, k + 1, from, Math.max(from, to), waktu.get(k), doubts));
        }
        ProcedureTable table = new ProcedureTable(rows.get(header).line(), ProcedureTableReader.titleAbove(rows, header),
                List.of(UNREAD_ROLE), steps, null);
        return List.of(new Found(table, doubts, header, rows.size()));
    }

    private static DraftStep step(List<SourceRow> rows, int no, int from, int to, String waktu, DoubtList doubts) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to && i < rows.size(); i++) {
            text.append(' ').append(rows.get(i).joined());
        }
        String activity = SourceText.plain(WAKTU.matcher(text).replaceAll(" "));
        int line = rows.get(Math.min(to, rows.size() - 1)).line();
        for (String field : List.of("activity", "executors", "kelengkapan", "output", "keterangan")) {
            doubts.add(StepRows.field(no, field), line, new Text("sopimport.doubt.garbled-field", field));
        }
        return new DraftStep(no, line, activity.isEmpty() ? "(tidak terbaca / unreadable)" : activity,
                List.of(UNREAD_ROLE), null, waktu, null, null, null, null, false);
    }

    /** A line without columns that holds "No" and "Kegiatan"/"Aktivitas"/"Uraian". */
    private static int header(List<SourceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String text = " " + SourceText.plain(rows.get(i).joined()).toLowerCase(Locale.ROOT) + " ";
            if (text.matches(".*\\sno\\.?\\s.*") && text.matches(".*\\s(kegiatan|aktivitas|uraian)\\s.*")) {
                return i;
            }
        }
        return -1;
    }
}
