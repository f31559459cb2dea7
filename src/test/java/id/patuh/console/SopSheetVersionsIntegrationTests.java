package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;

/**
 * An SOP with two versions: the console's sheet and {@code GET /api/sops/{code}} show either one
 * ({@code ?versi=}), link every version, and default to the current one.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class SopSheetVersionsIntegrationTests {

    private static final String CODE = SopSheetIntegrationTests.SIDOARJO;
    private static final Path CATALOG = catalogWithTwoVersions();

    @Autowired
    MockMvc mvc;

    @Autowired
    FindingService findings;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("patuh.catalog.dir", CATALOG::toString);
    }

    @Test
    void theSheetShowsTheCurrentVersionAndLinksEveryVersion() throws Exception {
        MvcResult result = sheet("");
        SopSheet sheet = (SopSheet) result.getModelAndView().getModel().get("sheet");
        String html = result.getResponse().getContentAsString();

        assertThat(sheet.sop().tanggalEfektif()).isEqualTo("2024-03-12");
        assertThat(html).contains("data-testid=\"sop-versions\"")
                .contains("/console/sops/" + CODE + "?versi=2023-06-13")
                .contains("/console/sops/" + CODE + "?versi=2024-03-12");
    }

    @Test
    void versiShowsTheOlderVersionAndKeepsItAcrossTheEvidenceForm() throws Exception {
        MvcResult result = sheet("?versi=2023-06-13");
        SopSheet sheet = (SopSheet) result.getModelAndView().getModel().get("sheet");

        assertThat(sheet.sop().tanggalEfektif()).isEqualTo("2023-06-13");
        assertThat(sheet.sop().step(7).orElseThrow().waktuText()).isEqualTo("1 Hari");
        assertThat(result.getResponse().getContentAsString()).contains("name=\"versi\" value=\"2023-06-13\"");
    }

    @Test
    void aFindingPageExplainsTheStepByTheVersionTheCaseWasJudgedBy() throws Exception {
        // step 7 of a case that started in 2023 ran two working days: late under either version,
        // but judged by 2023-06-13, whose Mutu Baku is "1 Hari" (the current one says "2 Jam")
        String csv = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,kelengkapan,output\n"
                + "ver-7,%s,sda-2023-ver,setda-sidoarjo-perencanaan,7,JF,2023-08-01T08:00:00+07:00,"
                        .formatted(CODE)
                + "2023-08-03T10:00:00+07:00,Data Kinerja,Rekap Data Kinerja\n";
        mvc.perform(post("/api/activities").with(SopSheetIntegrationTests.admin())
                .contentType("text/csv").content(csv)).andExpect(status().isOk());
        var late = findings.list(new FindingFilter(null, CODE, "DURATION_EXCEEDED", null, null, null, null,
                "sda-2023-ver"), 0, 10).items();
        assertThat(late).singleElement().satisfies(f -> assertThat(f.sopVersion()).isEqualTo("2023-06-13"));

        MvcResult page = mvc.perform(get("/console/findings/" + late.get(0).id())
                .with(SopSheetIntegrationTests.admin())).andExpect(status().isOk()).andReturn();
        FindingDetail detail = (FindingDetail) page.getModelAndView().getModel().get("detail");

        assertThat(detail.step().waktu()).contains("\"1 Hari\"").doesNotContain("2 Jam");
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/console/sops/" + CODE + "?versi=2020-01-01").with(SopSheetIntegrationTests.admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sops/" + CODE + "?versi=2020-01-01").with(SopSheetIntegrationTests.admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiListsVersionsAndServesOneOnRequest() throws Exception {
        mvc.perform(get("/api/sops/" + CODE).with(SopSheetIntegrationTests.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tanggal_efektif").value("2024-03-12"))
                .andExpect(jsonPath("$.versions[0].tanggal_efektif").value("2023-06-13"))
                .andExpect(jsonPath("$.versions[1].tanggal_efektif").value("2024-03-12"));
        mvc.perform(get("/api/sops/" + CODE + "?versi=2023-06-13").with(SopSheetIntegrationTests.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tanggal_efektif").value("2023-06-13"))
                .andExpect(jsonPath("$.steps[6].waktu").value("P1D"))
                .andExpect(jsonPath("$.versions").doesNotExist());
    }

    private MvcResult sheet(String query) throws Exception {
        return mvc.perform(get("/console/sops/" + CODE + query).with(SopSheetIntegrationTests.admin()))
                .andExpect(status().isOk()).andReturn();
    }

    private static Path catalogWithTwoVersions() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "sop-versions-");
            try (var files = Files.list(Path.of("sop-catalog"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            Path older = Path.of("src/test/resources/sop-versions", CODE + "@2023-06-13.yaml");
            Files.copy(older, dir.resolve(older.getFileName()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
