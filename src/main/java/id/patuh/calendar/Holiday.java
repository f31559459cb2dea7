package id.patuh.calendar;

import java.time.LocalDate;

/** One day off, national (SKB 3 Menteri, Keppres) or local to a unit. */
record Holiday(LocalDate date, String name, HolidayKind kind) {
}
