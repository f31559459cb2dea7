package id.patuh.calendar;

import java.util.Arrays;
import java.util.Optional;

/** Why a date is off: the label matters to auditors, the effect on working time is the same. */
enum HolidayKind {
    LIBUR_NASIONAL("libur-nasional"),
    CUTI_BERSAMA("cuti-bersama"),
    LIBUR_DAERAH("libur-daerah");

    private final String label;

    HolidayKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<HolidayKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(kind -> kind.label.equalsIgnoreCase(text.strip())).findFirst();
    }
}
