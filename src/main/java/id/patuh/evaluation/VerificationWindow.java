package id.patuh.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * How long a submitted record may wait for its verification (semantics v2, "Verification window,
 * fairly"): the Mutu Baku waktu of the SOP's steps from the step at which units hand in data
 * ({@code hand_in: true}) through the verification step ({@code verifikasi: true}), added one
 * after the other from submitted_at. Without a hand-in step, the verification step's waktu; without
 * that, the default of the verification-window decision table.
 *
 * @param parts the waktu added in step order; never empty
 * @param steps the SOP steps whose waktu make the window; empty for the default window
 */
public record VerificationWindow(List<MutuBakuWaktu> parts, List<Integer> steps) {

    public VerificationWindow {
        parts = List.copyOf(parts);
        steps = List.copyOf(steps);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a verification window has at least one waktu");
        }
    }

    /** The default window of a policy table, e.g. 5 working days. */
    public static VerificationWindow ofDefault(MutuBakuWaktu waktu) {
        return new VerificationWindow(List.of(waktu), List.of());
    }

    /** The window the SOP's own steps give, if they give one. */
    public static Optional<VerificationWindow> fromSteps(Sop sop) {
        Optional<SopStep> verification = sop.steps().stream().filter(SopStep::verification).findFirst();
        if (verification.isEmpty()) {
            return Optional.empty();
        }
        int last = verification.get().no();
        int first = sop.steps().stream().filter(s -> s.handIn() && s.no() <= last).mapToInt(SopStep::no)
                .findFirst().orElse(last);
        List<SopStep> counted = sop.steps().stream().filter(s -> s.no() >= first && s.no() <= last)
                .filter(s -> s.waktu() != null).toList();
        return counted.isEmpty() ? Optional.empty() : Optional.of(new VerificationWindow(
                counted.stream().map(SopStep::waktu).toList(), counted.stream().map(SopStep::no).toList()));
    }

    /** Whether the window is the default rather than the SOP's steps. */
    public boolean isDefault() {
        return steps.isEmpty();
    }

    /** When the window that opened at {@code start} closes on {@code calendar}. */
    public Instant dueAt(WorkingCalendar calendar, Instant start) {
        Instant due = start;
        for (MutuBakuWaktu part : parts) {
            due = calendar.dueAt(due, part);
        }
        return due;
    }

    /** {@code 1 hari kerja 3 jam} */
    public String text(DayCounting counting) {
        return total(true, counting);
    }

    /** {@code 1 working day 3 hours} */
    public String textEn(DayCounting counting) {
        return total(false, counting);
    }

    private String total(boolean indonesian, DayCounting counting) {
        int days = parts.stream().mapToInt(MutuBakuWaktu::workingDays).sum();
        Duration time = parts.stream().map(MutuBakuWaktu::workingTime).reduce(Duration.ZERO, Duration::plus);
        String dayText = days == 0 ? "" : indonesian ? TimeText.standard(MutuBakuWaktu.ofDays(days), counting)
                : TimeText.standardEn(MutuBakuWaktu.ofDays(days), counting);
        String timeText = time.isZero() ? "" : indonesian ? TimeText.standard(MutuBakuWaktu.ofTime(time), counting)
                : TimeText.standardEn(MutuBakuWaktu.ofTime(time), counting);
        return (dayText + " " + timeText).strip();
    }
}
