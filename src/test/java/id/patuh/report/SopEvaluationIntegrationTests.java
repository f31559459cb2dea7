package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SOP evaluation form (issue 15 point 5) through its API and console page, stored in the
 * embedded MongoDB: round trip and history, who may read and write, tenant isolation, refusals
 * naming the field, and the PDF (PDFBox) and XLSX (POI) as a reader opens them.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class SopEvaluationIntegrationTests {

    private static final String KEMLAGI = "/api/sops/kemlagi-pengumpulan-data-kinerja/evaluasi";
    private static final String SIDOARJO = "/api/sops/sidoarjo-perencanaan-pengumpulan-data-kinerja/evaluasi";
    private static final String ANSWERS = """
            {"kriteria": [{"kode": "mudah_dipahami", "ya": true, "catatan": "Bahasa jelas"},
                          {"kode": "mudah_dilaksanakan", "ya": false, "catatan": "Langkah 3 terlalu singkat"}],
             "peran": [{"peran": "Kasi/Kasubbag", "ya": false, "catatan": "Kasi merangkap Staff"}],
             "catatan_auditor": "Revisi waktu langkah 3", "penilai": "Dra. Sri Wahyuni",
             "tanggal_penilaian": "2024-07-15"}
            """;

    @Autowired
    WebApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc mvc;
    /** Each test its own period, so that tests share one store without seeing each other's forms. */
    private String period;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        period = (2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900)) + "-S1";
    }

    @Test
    void whatTheInspektorSavesTheUnitsSekcamReadsWithWhoChangedWhatWhen() throws Exception {
        JsonNode saved = json.readTree(call(put(KEMLAGI + "?period=" + period), "inspektur", ANSWERS, 200));
        assertThat(saved.get("tenant").asText()).isEqualTo("kec-kemlagi");

        JsonNode read = json.readTree(call(get(KEMLAGI + "?period=" + period), "sekcam-kemlagi", null, 200));
        assertThat(read.get("kriteria")).hasSize(7);
        assertThat(read.get("kriteria").get(1).get("kode").asText()).isEqualTo("mudah_dipahami");
        assertThat(read.get("kriteria").get(1).get("ya").asBoolean()).isTrue();
        assertThat(read.get("kriteria").get(2).get("catatan").asText()).isEqualTo("Langkah 3 terlalu singkat");
        assertThat(read.get("kriteria").get(0).get("ya").isNull()).as("not answered").isTrue();
        assertThat(read.get("peran")).extracting(p -> p.get("peran").asText())
                .containsExactly("Camat", "Sekcam", "Kasi/Kasubbag", "Staff");
        assertThat(read.get("peran").get(2).get("ya").asBoolean()).isFalse();
        assertThat(read.get("catatan_auditor").asText()).isEqualTo("Revisi waktu langkah 3");
        assertThat(read.get("penilai").asText()).isEqualTo("Dra. Sri Wahyuni");
        assertThat(read.get("tanggal_penilaian").asText()).isEqualTo("2024-07-15");
        assertThat(read.get("riwayat")).hasSize(1);
        assertThat(read.get("riwayat").get(0).get("actor").asText()).isEqualTo("inspektur");
        assertThat(read.get("riwayat").get(0).get("perubahan").toString()).contains("mudah_dipahami: – → ya")
                .contains("peran Kasi/Kasubbag: – → tidak").contains("penilai: – → \\\"Dra. Sri Wahyuni\\\"");

        // the evaluator changes one answer; saving the same again adds nothing to the history
        String change = "{\"kriteria\": [{\"kode\": \"mudah_dilaksanakan\", \"ya\": true, \"catatan\": \"Langkah 3 terlalu singkat\"}]}";
        call(put(KEMLAGI + "?period=" + period), "evaluator", change, 200);
        JsonNode again = json.readTree(call(put(KEMLAGI + "?period=" + period), "evaluator", change, 200));
        assertThat(again.get("riwayat")).hasSize(2);
        assertThat(again.get("riwayat").get(1).get("actor").asText()).isEqualTo("evaluator");
        assertThat(again.get("riwayat").get(1).get("perubahan").toString()).contains("mudah_dilaksanakan: tidak → ya")
                .doesNotContain("mudah_dipahami");
        assertThat(again.get("kriteria").get(1).get("ya").asBoolean()).as("other answers kept").isTrue();
        assertThat(again.get("updated_by").asText()).isEqualTo("evaluator");
    }

    @Test
    void onlyTheInspektoratAndEvaluatorsWriteAndOnlyTheUnitsOwnSekcamReads() throws Exception {
        call(put(KEMLAGI + "?period=" + period), "sekcam-kemlagi", ANSWERS, 403);
        call(put(KEMLAGI + "?period=" + period), "admin", ANSWERS, 403);
        call(get(KEMLAGI + "?period=" + period), "operator-kemlagi", null, 403);
        // another tenant's SOP does not exist for the Sekcam of kec-kemlagi, read or write
        call(get(SIDOARJO + "?period=" + period), "sekcam-kemlagi", null, 404);
        call(get(KEMLAGI + "?period=" + period + "&unit=setda-sidoarjo-perencanaan"), "inspektur", null, 404);
        // the inspektur's form for one tenant is not another tenant's
        call(put(SIDOARJO + "?period=" + period), "inspektur", "{\"catatan_auditor\": \"Sidoarjo saja\"}", 200);
        JsonNode kemlagi = json.readTree(call(get(KEMLAGI + "?period=" + period), "inspektur", null, 200));
        assertThat(kemlagi.get("catatan_auditor").isNull()).isTrue();
        assertThat(kemlagi.get("riwayat")).isEmpty();
        assertThat(kemlagi.get("penilai").asText()).as("blank form: the signed-in evaluator").isEqualTo("inspektur");
    }

    @Test
    void refusalsNameTheFieldAndSaveNothing() throws Exception {
        String wrongCode = call(put(KEMLAGI + "?period=" + period), "inspektur",
                "{\"kriteria\": [{\"kode\": \"mudah_dipahami\", \"ya\": true}, {\"kode\": \"murah\", \"ya\": true}]}", 400);
        assertThat(wrongCode).contains("\"field\":\"kriteria[1].kode\"").contains("murah");
        assertThat(call(put(KEMLAGI + "?period=" + period), "inspektur",
                "{\"peran\": [{\"peran\": \"Bendahara\", \"ya\": true}]}", 400)).contains("\"field\":\"peran[0].peran\"");
        assertThat(call(put(KEMLAGI + "?period=" + period), "inspektur", "{\"tanggal_penilaian\": \"15/07/2024\"}", 400))
                .contains("\"field\":\"tanggal_penilaian\"");
        assertThat(call(get(KEMLAGI + "?period=semester-1"), "inspektur", null, 400)).contains("\"field\":\"period\"");
        assertThat(call(put(KEMLAGI + "?period=" + period), "inspektur", "{\"catatan_auditor\": \"" + "x".repeat(2001)
                + "\"}", 400)).contains("\"field\":\"catatan_auditor\"");
        JsonNode form = json.readTree(call(get(KEMLAGI + "?period=" + period), "inspektur", null, 200));
        assertThat(form.get("kriteria").get(1).get("ya").isNull()).as("nothing half-saved").isTrue();
        assertThat(form.get("riwayat")).isEmpty();
    }

    @Test
    void refusalsAnswerInTheCallersLanguage() throws Exception {
        String wrongCode = "{\"kriteria\": [{\"kode\": \"murah\", \"ya\": true}]}";
        JsonNode id = json.readTree(call(put(KEMLAGI + "?period=" + period), "inspektur", wrongCode, 400));
        assertThat(id.get("title").asText()).isEqualTo("Formulir evaluasi SOP ditolak");
        assertThat(id.get("detail").asText()).startsWith("kriteria \"murah\" tidak ada pada formulir; pilih salah satu dari [")
                .doesNotContain("criterion");
        JsonNode en = json.readTree(call(put(KEMLAGI + "?period=" + period).header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
                "inspektur", wrongCode, 400));
        assertThat(en.get("title").asText()).isEqualTo("SOP evaluation form refused");
        assertThat(en.get("detail").asText()).startsWith("criterion \"murah\" is not on the form; choose one of [");
        assertThat(en.get("field").asText()).isEqualTo("kriteria[0].kode");

        String otherUnit = KEMLAGI + "?period=" + period + "&unit=setda-sidoarjo-perencanaan";
        assertThat(json.readTree(call(get(otherUnit), "inspektur", null, 404)).get("detail").asText())
                .isEqualTo("SOP \"kemlagi-pengumpulan-data-kinerja\" tidak ada atau bukan untuk unit Anda");
        assertThat(json.readTree(call(get(otherUnit).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"), "inspektur", null,
                404)).get("detail").asText())
                .isEqualTo("SOP \"kemlagi-pengumpulan-data-kinerja\" does not exist or is not one of your units'");
    }

    @Test
    void thePdfAndTheXlsxCarryTheCriteriaTheRolesTheNotesAndTheEvaluator() throws Exception {
        call(put(KEMLAGI + "?period=" + period), "inspektur", ANSWERS, 200);

        String pdf = Exports.pdfText(bytes(get(KEMLAGI + "?period=" + period + "&format=pdf"), "sekcam-kemlagi"));
        assertThat(pdf).contains("Formulir Evaluasi SOP AP").contains("mudah dipahami Ya Bahasa jelas")
                .contains("mudah dilaksanakan Tidak Langkah 3 terlalu singkat")
                .contains("semua orang dapat menjalankan perannya masing-masing")
                .contains("Kasi/Kasubbag Tidak Kasi merangkap Staff").contains("Revisi waktu langkah 3")
                .contains("(Dra. Sri Wahyuni)").contains("2024-07-15").doesNotContain("Simpan");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bytes(get(KEMLAGI + "?period=" + period + "&format=xlsx"), "inspektur")))) {
            var sheet = book.getSheet("Evaluasi SOP");
            assertThat(Exports.valueBeside(sheet, "Penilai").getStringCellValue()).isEqualTo("Dra. Sri Wahyuni");
            assertThat(Exports.valueBeside(sheet, "Periode").getStringCellValue()).isEqualTo(period);
            var notes = Exports.rows(sheet).stream().filter(r -> r.getCell(0) != null
                    && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && "Catatan auditor".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(notes.getCell(1).getStringCellValue()).isEqualTo("Revisi waktu langkah 3");
            var understood = Exports.rows(sheet).stream().filter(r -> r.getCell(1) != null
                    && "mudah dipahami".equals(r.getCell(1).getStringCellValue())).findFirst().orElseThrow();
            assertThat(understood.getCell(2).getStringCellValue()).isEqualTo("ya");
            assertThat(understood.getCell(3).getStringCellValue()).isEqualTo("Bahasa jelas");
        }
    }

    @Test
    void theConsoleFormSavesUnderTheSessionAndTheSekcamSeesItReadOnly() throws Exception {
        String page = "/console/sops/kemlagi-pengumpulan-data-kinerja/evaluasi?period=" + period;
        assertThat(new String(bytes(get("/console/sops"), "sekcam-kemlagi"), StandardCharsets.UTF_8))
                .contains("href=\"/console/sops/kemlagi-pengumpulan-data-kinerja/evaluasi\"");
        assertThat(new String(bytes(get("/console/sops/kemlagi-pengumpulan-data-kinerja"), "inspektur"),
                StandardCharsets.UTF_8)).contains("data-testid=\"sop-evaluation\"")
                .contains("/console/sops/kemlagi-pengumpulan-data-kinerja/evaluasi");
        assertThat(new String(bytes(get("/console/sops"), "operator-kemlagi"), StandardCharsets.UTF_8))
                .as("operators may not open it: no link").doesNotContain("/evaluasi");
        String form = new String(bytes(get(page), "inspektur"), StandardCharsets.UTF_8);
        assertThat(form).contains("data-testid=\"evaluation-form\"").contains("name=\"k_mudah_dipahami\"")
                .contains("name=\"p_3\"");

        MockHttpServletResponse saved = mvc.perform(post(page).with(csrf()).with(httpBasic("evaluator", "evaluator-pw"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("k_mudah_dipahami", "ya")
                .param("kc_mudah_dipahami", "Jelas").param("p_1", "tidak").param("catatan_auditor", "Lihat langkah 2")
                .param("penilai", "Budi Santoso").param("tanggal_penilaian", "2024-07-01")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).contains("/evaluasi?period=" + period + "&unit=kec-kemlagi");

        String after = Exports.pdfText(bytes(get(page + "&format=pdf"), "sekcam-kemlagi"));
        assertThat(after).contains("mudah dipahami Ya Jelas").contains("Sekcam Tidak").contains("Lihat langkah 2")
                .contains("(Budi Santoso)");
        String readOnly = new String(bytes(get(page), "sekcam-kemlagi"), StandardCharsets.UTF_8);
        assertThat(readOnly).doesNotContain("evaluation-form").contains("Lihat langkah 2");
        assertThat(new String(bytes(get(page), "inspektur"), StandardCharsets.UTF_8)).contains("data-testid=\"history\"")
                .contains("evaluator");
        assertThat(mvc.perform(post(page).with(csrf()).with(httpBasic("sekcam-kemlagi", "sekcam-pw"))
                .param("catatan_auditor", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private String call(MockHttpServletRequestBuilder request, String user, String body, int expected) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, password(user)))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(user + " " + response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] bytes(MockHttpServletRequestBuilder request, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, password(user)))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String password(String user) {
        return switch (user) {
            case "inspektur" -> "inspektur-pw";
            case "sekcam-kemlagi" -> "sekcam-pw";
            case "operator-kemlagi" -> "operator-pw";
            case "evaluator" -> "evaluator-pw";
            default -> "admin-pw";
        };
    }
}
