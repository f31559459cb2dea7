package id.patuh.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import id.patuh.cases.DataKind;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.ingest.ColumnGuide;
import id.patuh.ingest.ImportTemplates;
import id.patuh.messages.Texts;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an operator needs before uploading: the column guide and the Excel templates. The
 * templates are the API's, served here too because a console session does not reach the API
 * (which signs in per request).
 */
@Controller
class ImportTemplateController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One kind of file in the guide. */
    record GuideSection(String label, String title, List<ColumnGuide.Column> columns) {
    }

    private final CatalogService catalog;

    ImportTemplateController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/console/panduan-kolom")
    String guide(Model model) {
        model.addAttribute("kinds", List.of(
                new GuideSection("kegiatan", Texts.current("console.guide.kegiatan"), ColumnGuide.of(DataKind.ACTIVITIES)),
                new GuideSection("indikator", Texts.current("console.guide.indikator"),
                        ColumnGuide.of(DataKind.INDICATORS)),
                new GuideSection("permintaan", Texts.current("console.guide.permintaan"),
                        ColumnGuide.of(DataKind.REQUESTS))));
        return "console/column-guide";
    }

    @GetMapping("/console/sops/{code}/templat.xlsx")
    void activities(@PathVariable String code, HttpServletResponse response) throws IOException {
        Sop sop = catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        start(response, "templat-" + sop.code() + ".xlsx");
        ImportTemplates.activities(sop, response.getOutputStream());
    }

    @GetMapping("/console/import/templat-indikator.xlsx")
    void indicators(HttpServletResponse response) throws IOException {
        start(response, "templat-indikator.xlsx");
        ImportTemplates.indicators(response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
