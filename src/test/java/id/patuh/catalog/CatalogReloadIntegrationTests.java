package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/admin/catalog/reload} swaps in a valid catalog folder as a whole, and refuses
 * one with any error, naming file, line and field, while the running catalog keeps serving the
 * API, ingest and evaluation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class CatalogReloadIntegrationTests {

    static final String KEMLAGI = "kemlagi-pengumpulan-data-kinerja";
    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,"
            + "kelengkapan,output\n";

    @TempDir
    static Path catalog;

    /** The service starts on a copy of the seed catalog, which the tests then edit. */
    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) {
        registry.add("patuh.catalog.dir", () -> {
            copySeedCatalog();
            return catalog.toString();
        });
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    /** Every test starts from the seed catalog, serving. */
    @BeforeEach
    void seedCatalogServes() {
        copySeedCatalog();
        assertThat(reload().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void copySeedCatalog() {
        try (Stream<Path> files = Files.list(catalog)) {
            for (Path file : files.toList()) {
                FileSystemUtils.deleteRecursively(file);
            }
            FileSystemUtils.copyRecursively(Path.of("sop-catalog"), catalog);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aValidReloadPicksUpAnAddedSopForTheApiIngestAndEvaluation() throws Exception {
        List<String> before = codes(get("/api/sops"));
        Files.writeString(catalog.resolve("contoh-sop.yaml"), contohSop("contoh-sop"));

        ResponseEntity<String> reload = reload();

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(reload.getBody());
        List<String> reloaded = codes(get("/api/sops"));
        assertThat(reloaded).containsAll(before).contains("contoh-sop").hasSize(before.size() + 1);
        assertThat(result.get("count").asInt()).isEqualTo(reloaded.size());
        assertThat(result.get("codes")).extracting(JsonNode::asText).containsExactlyElementsOf(reloaded);
        assertThat(get("/api/sops/contoh-sop").get("steps")).hasSize(3);

        // ingest validates against the new catalog, evaluation measures against its Mutu Baku (5 menit)
        post(HEADER + "ct-1,contoh-sop,ct-a,kec-contoh,1,Camat,2024-04-02T08:00:00+07:00,"
                + "2024-04-02T09:00:00+07:00,Nota Dinas,Disposisi\n");
        assertThat(findingCodes("ct-a")).contains("DURATION_EXCEEDED@1");
        assertThat(auditActions()).contains("catalog.reload:true");
    }

    @Test
    void aBrokenYamlFileIsRefusedWithFileLineAndFieldAndTheRunningCatalogStays() throws Exception {
        String sopsBefore = http.getForEntity("/api/sops", String.class).getBody();
        String text = contohSop("rusak-sintaks").replace("name: SOP Contoh", "name: [SOP Contoh");
        Files.writeString(catalog.resolve("rusak-sintaks.yaml"), text);

        ResponseEntity<String> reload = reload();

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(reload.getBody());
        // no Accept-Language: Bahasa Indonesia only, the list of problems too
        assertThat(problem.get("title").asText()).isEqualTo("Katalog SOP tidak valid");
        assertThat(problem.get("detail").asText()).contains("tetap berlaku").doesNotContain("keeps serving");
        assertThat(problem.get("errors")).singleElement().satisfies(e -> assertThat(e.asText())
                .matches("rusak-sintaks\\.yaml:(\\d+): \\(sintaks\\): YAML tidak dapat dibaca: [^/]+")
                .satisfies(m -> assertThat(lineOf(m)).isGreaterThanOrEqualTo(lineContaining(text, "[SOP Contoh"))));
        assertThat(http.getForEntity("/api/sops", String.class).getBody()).isEqualTo(sopsBefore);
        assertThat(http.getForEntity("/api/sops/rusak-sintaks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(auditActions()).contains("catalog.reload:false");
    }

    @Test
    void aRefusedReloadAnswersInEnglishWhenAskedTo() throws Exception {
        Files.writeString(catalog.resolve("rusak-nomor.yaml"), contohSop("rusak-nomor").replace("  - no: 3", "  - no: 2")
                .replace("{ya: 3, tidak: 1}", "{ya: 1, tidak: 1}"));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");

        ResponseEntity<String> reload = http.postForEntity("/api/admin/catalog/reload", new HttpEntity<>(null, headers),
                String.class);

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(reload.getBody());
        int serving = codes(get("/api/sops")).size();
        assertThat(problem.get("title").asText()).isEqualTo("invalid SOP catalog");
        assertThat(problem.get("detail").asText()).isEqualTo("the new catalog is invalid (1 problem(s)); the running "
                + "catalog (" + serving + " SOPs) keeps serving");
        assertThat(problem.get("errors")).singleElement().extracting(JsonNode::asText)
                .satisfies(e -> assertThat(e).startsWith("rusak-nomor.yaml:").endsWith(": steps[2].no: duplicate step number 2"));
        assertThat(problem.get("sops").asInt()).isEqualTo(serving);
    }

    @Test
    void semanticErrorsAreAllListedAndNothingOfTheFolderIsSwappedIn() throws Exception {
        String sopsBefore = http.getForEntity("/api/sops", String.class).getBody();
        String waktu = contohSop("rusak-waktu").replace("\"5 menit\"", "\"sebentar\"");
        String nomor = contohSop("rusak-nomor").replace("  - no: 3", "  - no: 2")
                .replace("{ya: 3, tidak: 1}", "{ya: 1, tidak: 1}");
        String keputusan = contohSop("rusak-keputusan").replace("{ya: 3, tidak: 1}", "{ya: 9, tidak: 1}");
        Files.writeString(catalog.resolve("rusak-waktu.yaml"), waktu);
        Files.writeString(catalog.resolve("rusak-nomor.yaml"), nomor);
        Files.writeString(catalog.resolve("rusak-keputusan.yaml"), keputusan);
        // a valid edit in the same folder: refused with the rest, or the catalog would half-load
        Path kemlagi = catalog.resolve(KEMLAGI + ".yaml");
        Files.writeString(kemlagi, Files.readString(kemlagi).replace("waktu: \"3\"", "waktu: \"600\""));

        ResponseEntity<String> reload = reload();

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(reload.getBody()).get("errors")).extracting(JsonNode::asText)
                .satisfiesExactlyInAnyOrder(
                        e -> assertThat(e).startsWith("rusak-keputusan.yaml:" + lineContaining(keputusan, "{ya: 9")
                                + ": steps[1].decision: ").contains("9"),
                        e -> assertThat(e).startsWith("rusak-nomor.yaml:" + lineOfSecond(nomor, "  - no: 2")
                                + ": steps[2].no: ").contains("ganda").doesNotContain("duplicate"),
                        e -> assertThat(e).startsWith("rusak-waktu.yaml:" + lineContaining(waktu, "\"sebentar\"")
                                + ": steps[0].waktu: ").contains("sebentar"));
        assertThat(http.getForEntity("/api/sops", String.class).getBody()).isEqualTo(sopsBefore);
        // evaluation still measures step 1 against the running Mutu Baku (3 minutes), not the refused 600
        post(HEADER + "km-1," + KEMLAGI + ",km-a,kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,"
                + "2024-04-02T09:00:00+07:00,Nota Dinas,Dokumen\n");
        assertThat(findingCodes("km-a")).contains("DURATION_EXCEEDED@1");

        for (String bad : List.of("rusak-waktu.yaml", "rusak-nomor.yaml", "rusak-keputusan.yaml")) {
            Files.delete(catalog.resolve(bad));
        }
        assertThat(reload().getStatusCode()).isEqualTo(HttpStatus.OK);
        post(HEADER + "km-2," + KEMLAGI + ",km-b,kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,"
                + "2024-04-02T09:00:00+07:00,Nota Dinas,Dokumen\n");
        assertThat(findingCodes("km-b")).doesNotContain("DURATION_EXCEEDED@1");
    }

    /** The sample SOP of the catalog tests under another code, with a unit so that it takes data. */
    private static String contohSop(String code) {
        return CatalogValidationTests.sample().replace("code: contoh-sop", "code: " + code)
                .replace("waktu_satuan: menit", "units: [kec-contoh]\nwaktu_satuan: menit");
    }

    private static int lineContaining(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    private static int lineOfSecond(String text, String part) {
        int first = lineContaining(text, part);
        List<String> rest = text.lines().skip(first).toList();
        return first + lineContaining(String.join("\n", rest), part);
    }

    private static int lineOf(String error) {
        return Integer.parseInt(error.split(":")[1]);
    }

    private ResponseEntity<String> reload() {
        return http.postForEntity("/api/admin/catalog/reload", null, String.class);
    }

    private List<String> findingCodes(String caseId) throws Exception {
        return elements(get("/api/findings?case=" + caseId).get("items")).stream()
                .map(f -> f.get("code").asText() + "@" + f.get("step_no").asInt()).toList();
    }

    private List<String> auditActions() throws Exception {
        return elements(get("/api/admin/audit?action=catalog.reload")).stream()
                .map(e -> e.get("action").asText() + ":" + e.get("detail").get("ok").asBoolean()).toList();
    }

    private static List<String> codes(JsonNode sops) {
        return elements(sops).stream().map(s -> s.get("code").asText()).toList();
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new java.util.ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private void post(String csv) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> response = http.postForEntity("/api/activities", new HttpEntity<>(csv, headers),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("accepted").asLong()).as(response.getBody()).isEqualTo(1);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
