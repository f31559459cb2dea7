package id.patuh.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * A step's time on a working calendar, against its Mutu Baku waktu.
 *
 * @param working the working time from the step's start to its end (or to now while running)
 * @param allowed the working time the standard allows from the start (for a standard in working
 *                days: the working time until the due instant; in calendar days: wall-clock time);
 *                null without a standard
 * @param dueAt   when the standard runs out; null without a standard
 */
public record StepTiming(Duration working, Duration allowed, Instant dueAt) {
}
