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
 * page, and the PDF made from it, look the same without patuh running. The phone stylesheet
 * (issue 17) goes only into the page a browser shows: the PDF renderer's CSS 2.1 parser would
 * warn about every rule of it it cannot read.
 */
final class ReportPages {

    /** Where the page is read: a browser (screen, phone included) or the PDF renderer. */
    enum Medium { SCREEN, PDF }

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String CSS = stylesheet("report.css");
    private static final String PHONE_CSS = stylesheet("report-phone.css");

    private final ITemplateEngine templates;
    private final Clock clock;

    ReportPages(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    String readiness(ReadinessReport report, Medium medium) {
        Context context = context(report.zone(), medium);
        context.setVariable("r", report);
        context.setVariable("bands", SakipBand.values());
        return templates.process("report/readiness", context);
    }

    /** On screen the page carries the form to change the evaluator and date; the PDF does not. */
    String monitoring(MonitoringForm form, Medium medium) {
        Context context = context(form.zone(), medium);
        context.setVariable("m", form);
        context.setVariable("editable", medium == Medium.SCREEN);
        return templates.process("report/monitoring", context);
    }

    /**
     * The SOP evaluation form; {@code editable} adds the inputs and the save button (the console
     * page), with the session's CSRF field, which a template engine outside Spring MVC cannot add.
     */
    String sopEvaluation(SopEvaluation form, Medium medium, boolean editable, String csrfName, String csrfToken) {
        Context context = context("Asia/Jakarta", medium);
        context.setVariable("e", form);
        context.setVariable("editable", editable);
        context.setVariable("csrfName", csrfName);
        context.setVariable("csrfToken", csrfToken);
        return templates.process("report/sop-evaluation", context);
    }

    private Context context(String zone, Medium medium) {
        Context context = new Context(INDONESIAN);
        context.setVariable("fmt", new IdFormat(ZoneId.of(zone)));
        context.setVariable("css", CSS);
        context.setVariable("phoneCss", medium == Medium.SCREEN ? PHONE_CSS : null);
        context.setVariable("generatedAt", clock.instant());
        return context;
    }

    private static String stylesheet(String name) {
        try (InputStream in = ReportPages.class.getResourceAsStream("/static/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("static/report/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
