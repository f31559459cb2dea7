package id.patuh.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.messages.Text;

/** Renders a computed report in one format; the content is the same in all of them. */
@Component
class ReportRenderer {

    private final ReportPages pages;
    private final ObjectMapper json;

    ReportRenderer(ITemplateEngine templates, ObjectMapper json, ObjectProvider<Clock> clock) {
        this.pages = new ReportPages(templates, clock.getIfAvailable(Clock::systemUTC));
        this.json = json;
    }

    ReportDocument readiness(ReadinessReport r, ReportFormat format) {
        String name = "kesiapan-sakip_" + r.unit().replace('/', '_') + "_" + r.period() + "." + format.extension();
        byte[] body = switch (format) {
            case JSON -> json(r);
            case HTML -> utf8(pages.readiness(r, ReportPages.Medium.SCREEN));
            case PDF -> PdfConverter.fromHtml(pages.readiness(r, ReportPages.Medium.PDF));
            case XLSX -> ReadinessWorkbook.write(r);
            case CSV -> ReportCsv.readiness(r);
        };
        return new ReportDocument(body, format.mediaType(), name);
    }

    ReportDocument monitoring(MonitoringForm m, ReportFormat format) {
        String name = "monitoring-sop_" + m.unit().replace('/', '_') + "_" + m.half() + "." + format.extension();
        byte[] body = switch (format) {
            case JSON -> json(m);
            case HTML -> utf8(pages.monitoring(m, ReportPages.Medium.SCREEN));
            case PDF -> PdfConverter.fromHtml(pages.monitoring(m, ReportPages.Medium.PDF));
            case XLSX -> MonitoringWorkbook.write(m);
            case CSV -> ReportCsv.monitoring(m);
        };
        return new ReportDocument(body, format.mediaType(), name);
    }

    /** The SOP evaluation form as a file (JSON, HTML without inputs, PDF, XLSX). */
    ReportDocument sopEvaluation(SopEvaluation e, ReportFormat format) {
        String name = "evaluasi-sop_" + e.sopCode() + "_" + e.tenant() + "_" + e.period() + "." + format.extension();
        byte[] body = switch (format) {
            case JSON -> json(e);
            case HTML -> utf8(pages.sopEvaluation(e, ReportPages.Medium.SCREEN, false, null, null));
            case PDF -> PdfConverter.fromHtml(pages.sopEvaluation(e, ReportPages.Medium.PDF, false, null, null));
            case XLSX -> SopEvaluationWorkbook.write(e);
            case CSV -> throw new ReportParameterException("format", "csv",
                    new Text("report.parameter.sopEvaluationFormat"));
        };
        return new ReportDocument(body, format.mediaType(), name);
    }

    /** The console's editable page. */
    byte[] sopEvaluationPage(SopEvaluation e, String csrfName, String csrfToken) {
        return utf8(pages.sopEvaluation(e, ReportPages.Medium.SCREEN, true, csrfName, csrfToken));
    }

    private byte[] json(Object report) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be written as JSON", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
