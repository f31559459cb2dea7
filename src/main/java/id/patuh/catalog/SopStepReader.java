package id.patuh.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WaktuFormatException;
import id.patuh.calendar.WaktuUnit;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/** Reads the {@code steps} of an SOP file and normalises each Waktu. */
final class SopStepReader {

    private static final Set<String> STEP_KEYS = Set.of("no", "activity", "executors", "kelengkapan", "waktu",
            "output", "keterangan", "decision", "verifikasi", "executors_inferred", "hand_in");
    private static final Set<String> DECISION_KEYS = Set.of("ya", "tidak");

    List<SopStep> steps(YamlMapping sop) {
        WaktuUnit bareNumberUnit = bareNumberUnit(sop);
        List<SopStep> steps = new ArrayList<>();
        for (YamlMapping step : sop.mappings("steps")) {
            step.rejectUnknownKeys(STEP_KEYS);
            Integer no = step.integer("no");
            if (no == null) {
                step.requiredString("no");
                continue;
            }
            String waktuText = step.string("waktu");
            steps.add(new SopStep(no, step.requiredString("activity"), executors(step), step.strings("kelengkapan"),
                    waktu(step, waktuText, bareNumberUnit), waktuText, step.string("output"),
                    step.string("keterangan"), decision(step), flag(step, "verifikasi"),
                    flag(step, "executors_inferred"), flag(step, "hand_in")));
            if (waktuText == null) {
                step.problems().warn(step.line("waktu"), step.field("waktu"), new Text("catalog.step.waktu.missing", no));
            }
        }
        if (steps.isEmpty()) {
            sop.problems().add(sop.line("steps"), "steps", new Text("catalog.steps.none"));
        }
        return steps;
    }

    private static WaktuUnit bareNumberUnit(YamlMapping sop) {
        String text = sop.string("waktu_satuan");
        if (text == null) {
            return null;
        }
        try {
            return WaktuUnit.fromText(text);
        } catch (IllegalArgumentException e) {
            sop.problems().add(sop.line("waktu_satuan"), "waktu_satuan", new Text("catalog.waktu-satuan.unknown", text));
            return null;
        }
    }

    private static List<String> executors(YamlMapping step) {
        List<String> executors = step.strings("executors");
        if (executors.isEmpty()) {
            step.problems().add(step.line("executors"), step.field("executors"),
                    new Text("catalog.step.executors.none"));
        }
        return executors;
    }

    private static MutuBakuWaktu waktu(YamlMapping step, String text, WaktuUnit bareNumberUnit) {
        if (text == null) {
            return null;
        }
        try {
            return MutuBakuWaktu.parseText(text, bareNumberUnit);
        } catch (WaktuFormatException e) {
            // the hint trails both wordings, as `catalog check` has always printed it
            String hint = bareNumberUnit == null && text.strip().matches("\\d+([.,]\\d+)?")
                    ? " (" + Texts.both("catalog.step.waktu.bare-number") + ")"
                    : "";
            step.problems().add(step.line("waktu"), step.field("waktu"), e.text().id(), e.text().en() + hint);
            return null;
        }
    }

    private static Decision decision(YamlMapping step) {
        YamlMapping decision = step.mapping("decision");
        if (decision == null) {
            return null;
        }
        decision.rejectUnknownKeys(DECISION_KEYS);
        Integer ya = decision.integer("ya");
        Integer tidak = decision.integer("tidak");
        if (ya == null || tidak == null) {
            decision.problems().add(decision.line(), step.field("decision"),
                    new Text("catalog.step.decision.incomplete"));
            return null;
        }
        return new Decision(ya, tidak);
    }

    /** An optional {@code true}/{@code false} mark such as {@code verifikasi} or {@code hand_in}. */
    private static boolean flag(YamlMapping step, String key) {
        String text = step.string(key);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (!text.equals("true")) {
            step.problems().add(step.line(key), step.field(key),
                    new Text("catalog.yaml.boolean"));
        }
        return text.equals("true");
    }
}
