package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.admin;
import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.security.Role;
import id.patuh.sopimport.ImportedSop;

/**
 * The ADMIN's import page: a scan in, its draft shown with its doubts, the draft saved as a new
 * SOP that the running catalog serves at once; a draft that does not validate, or that reuses a
 * code, changes nothing. The catalog folder is a copy, never the repository's.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class SopImportPageIntegrationTests {

    static final Path CATALOG = copyOfCatalog();

    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) {
        registry.add("patuh.catalog.dir", CATALOG::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalog;

    @Test
    void showsTheDraftWithItsDoubtsAndSavesItAsANewSopServedAtOnce() throws Exception {
        ImportedSop draft = upload("004_a947354f45166391.txt");
        assertThat(draft.doubts()).anyMatch(d -> d.field().equals("steps[7].decision") && d.line() == 27);
        String yaml = draft.yaml().replace("code: \"" + draft.code() + "\"", "code: \"sidoarjo-impor\"");

        mvc.perform(post("/console/sop-import/simpan").with(admin()).with(csrf())
                        .param("code", "sidoarjo-impor").param("yaml", yaml))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/sops/sidoarjo-impor"));

        assertThat(catalog.find("sidoarjo-impor")).hasValueSatisfying(sop -> {
            assertThat(sop.steps()).hasSize(10);
            assertThat(sop.step(8).orElseThrow().decision().tidak()).isEqualTo(7);
        });
        assertThat(CATALOG.resolve("sidoarjo-impor.yaml")).exists();
    }

    @Test
    void aDraftThatDoesNotValidateChangesNothing() throws Exception {
        String yaml = upload("000_11bcce06db78d3e7.txt").yaml()
                .replace("code: \"000-11bcce06db78d3e7\"", "code: \"tanjunganom-rusak\"").replace("\"5 Menit\"", "\"lima\"");
        int before = catalog.sops().size();

        MvcResult result = mvc.perform(post("/console/sop-import/simpan").with(admin()).with(csrf())
                .param("code", "tanjunganom-rusak").param("yaml", yaml)).andExpect(status().isUnprocessableEntity())
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("tidak lolos validasi katalog").contains("lima");
        assertThat(catalog.sops()).hasSize(before);
        assertThat(CATALOG.resolve("tanjunganom-rusak.yaml")).doesNotExist();
    }

    @Test
    void aDraftOfACodeAlreadyInTheCatalogIsSavedAsItsNewVersion() throws Exception {
        String code = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
        String yaml = Files.readString(CATALOG.resolve(code + ".yaml"))
                .replace("tanggal_efektif: \"2024-03-12\"", "tanggal_efektif: \"2026-01-05\"");

        mvc.perform(post("/console/sop-import/simpan").with(admin()).with(csrf()).param("code", code)
                        .param("yaml", yaml))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/sops/" + code + "?versi=2026-01-05"));

        assertThat(CATALOG.resolve(code + "@2026-01-05.yaml")).exists();
        assertThat(catalog.catalog().versions(code)).hasValueSatisfying(versions -> {
            assertThat(versions.oldestFirst()).extracting(Sop::tanggalEfektif).containsExactly("2024-03-12", "2026-01-05");
            assertThat(versions.current().tanggalEfektif()).isEqualTo("2026-01-05");
        });
    }

    @Test
    void aNewVersionNeedsItsOwnTanggalEfektifAndNeverReplacesAnother() throws Exception {
        String code = "kemlagi-pengumpulan-data-kinerja";
        String undated = Files.readString(CATALOG.resolve(code + ".yaml"));

        MvcResult result = mvc.perform(post("/console/sop-import/simpan").with(admin()).with(csrf())
                .param("code", code).param("yaml", undated))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("sudah ada di katalog", "tanggal_efektif");

        String sidoarjo = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
        String sameDate = Files.readString(CATALOG.resolve(sidoarjo + ".yaml"));
        int versionsBefore = catalog.catalog().versions(sidoarjo).orElseThrow().oldestFirst().size();
        MvcResult clash = mvc.perform(post("/console/sop-import/simpan").with(admin()).with(csrf())
                .param("code", sidoarjo).param("yaml", sameDate))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        // the shipped version's date again: the catalog refuses two versions of one day
        assertThat(clash.getResponse().getContentAsString()).contains("tidak lolos validasi katalog");
        assertThat(CATALOG.resolve(sidoarjo + "@2024-03-12.yaml")).doesNotExist();
        assertThat(catalog.catalog().versions(sidoarjo).orElseThrow().oldestFirst()).hasSize(versionsBefore);
    }

    @Test
    void onlyTheAdminMayImport() throws Exception {
        mvc.perform(get("/console/sop-import").with(as("operator-kemlagi", Role.OPERATOR, "kec-kemlagi")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/sop-import").with(admin())).andExpect(status().isOk());
    }

    @SuppressWarnings("unchecked")
    private ImportedSop upload(String seed) throws Exception {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
            content = in.readAllBytes();
        }
        MvcResult result = mvc.perform(multipart("/console/sop-import")
                        .file(new MockMultipartFile("file", seed, "text/plain", content)).with(admin()).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("sop-import-doubts").contains("RAGU / DOUBT");
        return ((List<ImportedSop>) result.getModelAndView().getModel().get("drafts")).get(0);
    }

    private static Path copyOfCatalog() {
        try {
            Path dir = Files.createTempDirectory("patuh-sop-import-catalog");
            try (var files = Files.list(Path.of("sop-catalog"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
