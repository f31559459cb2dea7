package id.patuh.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import id.patuh.security.CallerScope;
import id.patuh.security.Role;

/**
 * The SOP evaluation form: {@code GET/PUT /api/sops/{code}/evaluasi?period=&unit=} (JSON; GET also
 * html, pdf, xlsx by {@code format=}), and the console page {@code /console/sops/{code}/evaluasi}
 * (an editable form for the INSPEKTORAT and EVALUATOR, read-only for the unit's SEKCAM, downloads
 * under the browser session). Roles per endpoint are in SecurityConfiguration; tenants here.
 */
@RestController
class SopEvaluationController {

    private static final EnumSet<Role> EDITORS = EnumSet.of(Role.INSPEKTORAT, Role.EVALUATOR);

    private final SopEvaluationService evaluations;
    private final ReportRenderer renderer;
    private final Clock clock;

    SopEvaluationController(SopEvaluationService evaluations, ReportRenderer renderer, ObjectProvider<Clock> clock) {
        this.evaluations = evaluations;
        this.renderer = renderer;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/sops/{code}/evaluasi")
    ResponseEntity<byte[]> get(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String format) {
        SopEvaluation form = evaluations.get(code, unit, period, CallerScope.current());
        return send(renderer.sopEvaluation(form, format == null || format.isBlank() ? ReportFormat.JSON
                : ReportFormat.parse(format)));
    }

    @PutMapping("/api/sops/{code}/evaluasi")
    SopEvaluation put(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit, @RequestBody SopEvaluationInput input) {
        return evaluations.save(code, unit, period, input, CallerScope.currentName(), CallerScope.current());
    }

    /** The console page; without {@code period} the current half-year; with {@code format} a download. */
    @GetMapping("/console/sops/{code}/evaluasi")
    ResponseEntity<byte[]> page(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String format,
            HttpServletRequest request) {
        SopEvaluation form = evaluations.get(code, unit, period == null || period.isBlank() ? currentHalf() : period,
                CallerScope.current());
        if (format != null && !format.isBlank()) {
            return send(renderer.sopEvaluation(form, ReportFormat.parse(format)));
        }
        byte[] page;
        if (edits()) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            page = renderer.sopEvaluationPage(form, token == null ? null : token.getParameterName(),
                    token == null ? null : token.getToken());
        } else {
            page = renderer.sopEvaluation(form, ReportFormat.HTML).body();
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    /** The console form's save: back to the page (303), which shows the saved answers and history. */
    @PostMapping("/console/sops/{code}/evaluasi")
    ResponseEntity<Void> save(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit, @RequestParam MultiValueMap<String, String> fields) {
        SopEvaluation form = evaluations.get(code, unit, period, CallerScope.current());
        evaluations.save(code, unit, period, input(form, fields), CallerScope.currentName(), CallerScope.current());
        String back = "/console/sops/" + encode(code) + "/evaluasi?period=" + encode(form.period()) + "&unit="
                + encode(form.tenant());
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back).build();
    }

    private static SopEvaluationInput input(SopEvaluation form, MultiValueMap<String, String> fields) {
        List<SopEvaluationInput.Kriteria> kriteria = new ArrayList<>();
        form.kriteria().forEach(k -> kriteria.add(new SopEvaluationInput.Kriteria(k.kode(),
                answer(fields.getFirst("k_" + k.kode())), text(fields.getFirst("kc_" + k.kode())))));
        List<SopEvaluationInput.Peran> peran = new ArrayList<>();
        for (int i = 0; i < form.peran().size(); i++) {
            peran.add(new SopEvaluationInput.Peran(form.peran().get(i).peran(), answer(fields.getFirst("p_" + i)),
                    text(fields.getFirst("pc_" + i))));
        }
        return new SopEvaluationInput(kriteria, peran, text(fields.getFirst("catatan_auditor")),
                text(fields.getFirst("penilai")), text(fields.getFirst("tanggal_penilaian")));
    }

    /** A form field left empty clears the value (unlike the API, where an absent field keeps it). */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Boolean answer(String value) {
        return value == null || value.isBlank() ? null : "ya".equals(value);
    }

    private static boolean edits() {
        return CallerScope.signedIn().map(u -> u.roles().stream().anyMatch(EDITORS::contains)).orElse(true);
    }

    private String currentHalf() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        return today.getYear() + (today.getMonthValue() <= 6 ? "-S1" : "-S2");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> send(ReportDocument document) {
        boolean download = document.mediaType().startsWith("application/vnd");
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(document.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(document.body());
    }
}
