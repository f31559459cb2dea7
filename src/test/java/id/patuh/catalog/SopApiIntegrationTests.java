package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
        // no Accept-Language: Bahasa Indonesia, and no English half
        assertThat(problem.get("title").asText()).isEqualTo("SOP tidak ditemukan");
        assertThat(problem.get("detail").asText()).isEqualTo("SOP \"tidak-ada\" tidak ada di katalog");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asText()).isEqualTo("tidak-ada");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("id");
    }

    @Test
    void unknownCodeIsAnsweredInEnglishWhenAskedTo() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8,id;q=0.5");

        ResponseEntity<String> response = http.exchange("/api/sops/tidak-ada", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("SOP not found");
        assertThat(problem.get("detail").asText()).isEqualTo("SOP \"tidak-ada\" is not in the catalog");
        // the answer names its language and tells caches that it depends on Accept-Language
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(response.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
    }

    @Test
    void anUnknownVersionIsAnsweredInTheAskedLanguageToo() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR");

        ResponseEntity<String> response = http.exchange("/api/sops/waykanan-bpkad-pengumpulan-data-kinerja-2?versi=1999-01-01",
                HttpMethod.GET, new HttpEntity<>(headers), String.class);

        // French is not supported: Bahasa Indonesia, the default
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .isEqualTo("SOP \"waykanan-bpkad-pengumpulan-data-kinerja-2@1999-01-01\" tidak ada di katalog");
    }
}
