package id.patuh.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopNotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/** Excel templates to record data in, read back by the same import as every other file. */
@RestController
class TemplateController {

    private final CatalogService catalog;

    TemplateController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/sops/{code}/template.xlsx")
    void activities(@PathVariable String code, HttpServletResponse response) throws IOException {
        Sop sop = catalog.find(code).orElseThrow(() -> new SopNotFoundException(code));
        start(response, "templat-" + sop.code() + ".xlsx");
        ImportTemplates.activities(sop, response.getOutputStream());
    }

    @GetMapping("/api/indicators/template.xlsx")
    void indicators(HttpServletResponse response) throws IOException {
        start(response, "templat-indikator.xlsx");
        ImportTemplates.indicators(response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(IngestMediaTypes.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
