package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * Kualifikasi Pelaksana items are abilities, each starting with a verb ("Memahami …",
 * "Mengetahui …", "Mempunyai …"). When a numbered item does not start with one while the item
 * before does, the sheet broke one sentence over two numbered rows (Way Kanan: "… (RPJMD)" /
 * "Pemerintah Daerah secara keseluruhan …"): the two are joined, as a doubt.
 */
final class BrokenItems {

    private static final Pattern VERB = Pattern.compile("(?i)^(me|ber|ter)\\p{L}+.*");

    private BrokenItems() {
    }

    static List<String> merge(List<String> items, List<Integer> lines, DoubtList doubts) {
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (i > 0 && VERB.matcher(items.get(i - 1)).matches() && !VERB.matcher(item).matches()
                    && !merged.isEmpty()) {
                int last = merged.size() - 1;
                merged.set(last, merged.get(last) + " " + item);
                doubts.add("kualifikasi_pelaksana", Math.abs(lines.get(i)), new Text("sopimport.doubt.item-joined", item));
            } else {
                merged.add(item);
            }
        }
        return merged;
    }
}
