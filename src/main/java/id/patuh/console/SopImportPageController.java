package id.patuh.console;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.patuh.messages.Texts;
import id.patuh.sopimport.CatalogDraftPublisher;
import id.patuh.sopimport.ImportedSop;
import id.patuh.sopimport.SopImportException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * SOP documents in, for the ADMIN: upload an SOP AP document, read each draft next to its
 * doubts, correct the YAML in place and save it as a new SOP of the catalog (validated with the
 * whole catalog, then reloaded at once).
 */
@Controller
@RequestMapping("/console/sop-import")
class SopImportPageController {

    private final CatalogDraftPublisher publisher;

    SopImportPageController(CatalogDraftPublisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping
    String form() {
        return "console/sop-import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return problem(model, response, Texts.current("console.sopimport.noFile"));
        }
        try {
            List<ImportedSop> drafts = publisher.read(file.getOriginalFilename() == null ? "sop" : file.getOriginalFilename(),
                    file.getBytes());
            model.addAttribute("drafts", drafts);
        } catch (SopImportException e) {
            return problem(model, response, e.detail());
        }
        return "console/sop-import";
    }

    @PostMapping("/simpan")
    String save(@RequestParam String code, @RequestParam String yaml, Model model, HttpServletResponse response) {
        CatalogDraftPublisher.Saved saved;
        try {
            saved = publisher.save(code, yaml);
        } catch (SopImportException e) {
            model.addAttribute("drafts", List.of(new ImportedSop(code, "", 0, yaml, List.of())));
            return problem(model, response, e.detail());
        }
        // a new version opens on its own sheet (the SOP sheet shows any version with ?versi=)
        return "redirect:/console/sops/" + code + (saved.version() == null ? "" : "?versi=" + saved.version());
    }

    private static String problem(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("problem", message);
        return "console/sop-import";
    }
}
