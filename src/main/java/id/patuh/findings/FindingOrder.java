package id.patuh.findings;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Sorts;

/** The order of the findings list; the id breaks ties so that paging never repeats or skips one. */
public enum FindingOrder {
    /** Newest first (the API's order). */
    NEWEST,
    /** Tinggi, then sedang, then rendah; newest first within a severity. */
    SEVERITY;

    Bson sort() {
        return switch (this) {
            case NEWEST -> Sorts.orderBy(Sorts.descending("detected_at"), Sorts.ascending("_id"));
            // the labels happen to sort alphabetically in severity order (rendah < sedang < tinggi)
            case SEVERITY -> Sorts.orderBy(Sorts.descending("severity"), Sorts.descending("detected_at"),
                    Sorts.ascending("_id"));
        };
    }
}
