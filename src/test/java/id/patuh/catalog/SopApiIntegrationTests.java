package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SopApiIntegrationTests {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listServesExactlyWhatCatalogExportPrints() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/sops", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String exported = new CatalogExport().toJson(new CatalogLoader().loadDirectory(Path.of("sop-catalog")));
        assertThat(json.readTree(response.getBody())).isEqualTo(json.readTree(exported));
    }

    @Test
    void oneSopByCode() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/sops/waykanan-bpkad-pengumpulan-data-kinerja-2",
                String.class);

        JsonNode sop = json.readTree(response.getBody());
        assertThat(sop.get("steps")).hasSize(9);
        assertThat(sop.get("steps").get(4).get("waktu").asText()).isEqualTo("PT8H");
        assertThat(sop.get("steps").get(4).get("waktu_text").asText()).isEqualTo("480");
    }

    @Test
    void unknownCodeIsANotFoundProblem() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/sops/tidak-ada", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).contains("tidak-ada").contains("tidak ada di katalog");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
    }
}
