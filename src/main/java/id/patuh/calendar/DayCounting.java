package id.patuh.calendar;

/**
 * How "N hari" is counted. PermenPAN-RB 35/2012 does not define hari; working days are the
 * default, calendar days are a per-unit (or per-SOP) choice.
 */
public enum DayCounting {
    /** N working days later at the same clock time; weekends and holidays skipped. */
    WORKING,
    /** N calendar days later at the same clock time, in the unit's zone, without any shifting. */
    CALENDAR
}
