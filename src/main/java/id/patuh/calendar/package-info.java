/**
 * Working time for Mutu Baku checks (semantics.md, "Time").
 *
 * <p>An SOP step's standard time ({@link id.patuh.calendar.MutuBakuWaktu}, parsed from texts
 * like "5 Menit", "1 Jam" or "3 hari") is measured against the unit's
 * {@link id.patuh.calendar.WorkingCalendar}: minutes and hours count only office time on
 * working days, breaks excluded; "N hari" means the same clock time N working days later.
 * Calendars differ per unit (zone WIB/WITA/WIT, Saturday service, Ramadan hours, local
 * holidays) and holidays are data, one YAML file per year of the SKB 3 Menteri, so that
 * amending them never needs a release.
 *
 * <p>{@link id.patuh.calendar.CalendarService} is the only entry point other features use;
 * file formats and readers stay package-private.
 */
package id.patuh.calendar;
