package id.patuh.evaluation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.patuh.catalog.RoleTitles;
import id.patuh.catalog.Sop;

/**
 * What recorded job titles mean under one SOP, remembered per title. A deployment records a
 * handful of titles per SOP, over and over; reading one (abbreviations spelled out, every role and
 * alias normalised and compared) was a third of the engine's time per case at 10,000 events
 * (docs/performance.md, session 5), so each distinct title is read once. The memory is bounded:
 * past {@link #MAX_REMEMBERED} titles the rest are read every time, with the same answer.
 */
final class TitleReadings {

    static final int MAX_REMEMBERED = 1_024;

    private static final Reading NO_TITLE = new Reading(null, List.of());

    /**
     * @param resolvedRole the SOP role the title names exactly (name or alias), or null
     * @param heldRoles    the SOP roles the title holds (semantics.md v2), empty when none
     */
    record Reading(String resolvedRole, List<String> heldRoles) {

        Reading {
            heldRoles = List.copyOf(heldRoles);
        }
    }

    private final Sop sop;
    private final RoleTitles titles;
    private final Map<String, Reading> known = new ConcurrentHashMap<>();

    TitleReadings(Sop sop, RoleTitles titles) {
        this.sop = sop;
        this.titles = titles;
    }

    Reading of(String title) {
        if (title == null) {
            return NO_TITLE;
        }
        Reading reading = known.get(title);
        if (reading == null) {
            reading = new Reading(sop.resolveRole(title).orElse(null), titles.held(title));
            if (known.size() < MAX_REMEMBERED) {
                known.putIfAbsent(title, reading);
            }
        }
        return reading;
    }

    /** How many titles are remembered (for tests of the bound). */
    int remembered() {
        return known.size();
    }
}
