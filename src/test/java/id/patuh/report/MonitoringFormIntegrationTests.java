package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.ingest.IngestService;

/**
 * The monitoring form of the example data: one procedure, whose case of April 2024 raised high
 * and medium findings, so it "tidak berjalan dengan baik"; JSON, PDF and CSV agree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
@Import(ExampleData.FixedClock.class)
class MonitoringFormIntegrationTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IngestService ingest;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void loadTheExamples() throws Exception {
        ExampleData.load(ingest);
    }

    @Test
    void theMonitoringFormIsPreFilledFromTheFindings() throws Exception {
        String url = "/api/reports/monitoring?unit=" + ExampleData.UNIT + "&half=2024-S1";
        JsonNode form = json.readTree(http.getForEntity(url, byte[].class).getBody());
        JsonNode row = form.get("rows").get(0);
        assertThat(row.get("prosedur").asText()).isEqualTo("Pengumpulan Data Kinerja");
        assertThat(row.get("berjalan_baik").asBoolean()).isFalse();
        assertThat(row.get("penilaian").asText()).isEqualTo("tidak berjalan dengan baik");
        assertThat(row.get("finding_ids")).hasSize(9);
        assertThat(row.get("catatan").asText()).startsWith("1 kasus (sda-2024-TW1). Temuan: 2 × DURATION_EXCEEDED "
                + "(sedang; langkah 2, 10)").endsWith("9 masih terbuka.");
        assertThat(row.get("tindakan").asText()).contains("Pelaksana yang ditetapkan SOP");
        assertThat(row.get("paraf").asText()).isEmpty();

        byte[] pdfBytes = http.getForEntity(url + "&format=pdf", byte[].class).getBody();
        Exports.keep("monitoring-" + ExampleData.UNIT + "-2024-S1.pdf", pdfBytes);
        String pdf = Exports.pdfText(pdfBytes);
        assertThat(pdf).contains("Monitoring Pelaksanaan SOP AP").contains("Paraf penilai")
                .contains("tidak berjalan dengan baik").contains("Semester I 2024");
        List<CSVRecord> rows = Exports.csv(http.getForEntity(url + "&format=csv", byte[].class).getBody());
        assertThat(rows.get(0).get("penilaian")).isEqualTo("tidak berjalan dengan baik");
    }
}
