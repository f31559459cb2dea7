package id.patuh.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable HTML of both reports (templates/report/). The stylesheet is inlined so a saved
 * page, and the PDF made from it, look the same without patuh running.
 */
final class ReportPages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String CSS = stylesheet();

    private final ITemplateEngine templates;
    private final Clock clock;

    ReportPages(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    String readiness(ReadinessReport report) {
        Context context = context(report.zone());
        context.setVariable("r", report);
        context.setVariable("bands", SakipBand.values());
        return templates.process("report/readiness", context);
    }

    /** @param editable whether the page carries the form to change the evaluator and date (not in the PDF) */
    String monitoring(MonitoringForm form, boolean editable) {
        Context context = context(form.zone());
        context.setVariable("m", form);
        context.setVariable("editable", editable);
        return templates.process("report/monitoring", context);
    }

    /**
     * The SOP evaluation form; {@code editable} adds the inputs and the save button (the console
     * page), with the session's CSRF field, which a template engine outside Spring MVC cannot add.
     */
    String sopEvaluation(SopEvaluation form, boolean editable, String csrfName, String csrfToken) {
        Context context = context("Asia/Jakarta");
        context.setVariable("e", form);
        context.setVariable("editable", editable);
        context.setVariable("csrfName", csrfName);
        context.setVariable("csrfToken", csrfToken);
        return templates.process("report/sop-evaluation", context);
    }

    private Context context(String zone) {
        Context context = new Context(INDONESIAN);
        context.setVariable("fmt", new IdFormat(ZoneId.of(zone)));
        context.setVariable("css", CSS);
        context.setVariable("generatedAt", clock.instant());
        return context;
    }

    private static String stylesheet() {
        try (InputStream in = ReportPages.class.getResourceAsStream("/static/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("static/report/report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
