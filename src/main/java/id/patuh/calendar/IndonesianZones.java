package id.patuh.calendar;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/** WIB, WITA and WIT: how Indonesian offices name their three time zones, both ways. */
@NamedInterface("api")
public final class IndonesianZones {

    private static final Map<String, String> NAME_OF_ZONE = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
    private static final Map<String, String> ZONE_OF_NAME =
            Map.of("WIB", "Asia/Jakarta", "WITA", "Asia/Makassar", "WIT", "Asia/Jayapura");

    private IndonesianZones() {
    }

    /** {@code WIB} for Asia/Jakarta; the zone id itself for a zone outside Indonesia. */
    public static String name(ZoneId zone) {
        return NAME_OF_ZONE.getOrDefault(zone.getId(), zone.getId());
    }

    /** The zone id a configuration file means: {@code WIB} (any case) or a zone id as written. */
    static String zoneId(String text) {
        return ZONE_OF_NAME.getOrDefault(text.strip().toUpperCase(Locale.ROOT), text.strip());
    }
}
