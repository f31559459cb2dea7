package id.patuh.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code unit} label of every metric. Up to {@code max} units keep their own code; beyond
 * that the rest share {@value #OTHER}, so the number of series stays bounded whatever the data.
 *
 * <p>The units of the catalog's SOPs come first and the others in code order, not by volume: a
 * ranking by volume would move units in and out of {@value #OTHER} from one refresh to the next
 * and break their time series.
 */
final class UnitLabels {

    static final String OTHER = "lainnya";
    /** For a finding with no unit and no SOP to take one from. */
    static final String NONE = "-";

    private final Map<String, String> labels = new HashMap<>();
    private final int aggregated;

    private UnitLabels(Collection<String> preferred, Collection<String> seen, int max) {
        Set<String> ordered = new LinkedHashSet<>(preferred);
        ordered.addAll(new TreeSet<>(seen));
        int own = 0;
        int folded = 0;
        for (String unit : ordered) {
            if (own < max) {
                labels.put(unit, unit);
                own++;
            } else {
                labels.put(unit, OTHER);
                folded++;
            }
        }
        this.aggregated = folded;
    }

    static UnitLabels assign(Collection<String> preferred, Collection<String> seen, int max) {
        return new UnitLabels(preferred, seen, max);
    }

    String label(String unit) {
        if (unit == null) {
            return NONE;
        }
        return labels.getOrDefault(unit, OTHER);
    }

    /** How many units share {@value #OTHER}. */
    int aggregated() {
        return aggregated;
    }
}
