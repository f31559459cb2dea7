package id.patuh.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.ingest.XlsxFixtures;

/**
 * Evidence files end to end on the embedded store: kept in GridFS with their hash, typed by
 * content, refused when of another type or too large, and never served to another tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false", "patuh.evidence.max-file-size=64KB"})
class EvidenceApiIntegrationTests {

    static final int LIMIT = 64 * 1024;

    @Autowired
    TestRestTemplate http;

    @Autowired
    GridFsTemplate gridFs;

    @Autowired
    IngestService ingest;

    private final ObjectMapper json = new ObjectMapper();

    /** Evidence proves stored rows: the events and the record the uploads below name. */
    @BeforeEach
    void rows() {
        StringBuilder events = new StringBuilder("event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n");
        for (String id : List.of("ev-bukti-1", "ev-x", "ev-big", "ev-type", "ev-other")) {
            events.append(id).append(",kemlagi-pengumpulan-data-kinerja,ev-bukti-case,kec-kemlagi,1,Camat,")
                    .append("2024-04-02T08:00:00+07:00\n");
        }
        ingest(DataKind.ACTIVITIES, events.toString());
        ingest(DataKind.INDICATORS, "record_id,unit,indicator_code,period\n"
                + "rec-sda-1,setda-sidoarjo-perencanaan/bagian-perencanaan,IKU-EV,2024-Q1\n");
    }

    private void ingest(DataKind kind, String csv) {
        ingest.ingest(kind, InputFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "bukti-uji", IngestListener.NONE);
    }

    @Test
    void keepsAFileInGridFsWithItsHashAndServesItAsAnAttachmentThatIsNotSniffed() throws Exception {
        byte[] pdf = pdf(3000);
        ResponseEntity<String> stored = upload("operator-kemlagi", "operator-pw", pdf, "surat tugas.pdf", "event",
                "ev-bukti-1", "kec-kemlagi");

        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        JsonNode e = json.readTree(stored.getBody());
        assertThat(e.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(e.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(e.get("media_type").asText()).isEqualTo("application/pdf");
        assertThat(e.get("uploaded_by").asText()).isEqualTo("operator-kemlagi");
        assertThat(e.get("uploaded_at").asText()).isNotBlank();
        assertThat(e.get("target").asText()).isEqualTo("EVENT");
        String id = e.get("id").asText();
        assertThat(gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id)))).getLength())
                .isEqualTo(pdf.length);

        ResponseEntity<byte[]> download = http.withBasicAuth("sekcam-kemlagi", "sekcam-pw")
                .getForEntity("/api/evidence/" + id + "/content", byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(sha256(download.getBody())).isEqualTo(sha256(pdf));
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType().toString()).isEqualTo("application/pdf");
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("surat tugas.pdf");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        JsonNode listed = json.readTree(http.withBasicAuth("operator-kemlagi", "operator-pw").getForObject(
                "/api/evidence?tenant=kec-kemlagi&target=event&target_id=ev-bukti-1", String.class));
        assertThat(listed).extracting(n -> n.get("id").asText()).containsExactly(id);
    }

    @Test
    void judgesTheTypeByContentNeverByName() throws Exception {
        assertThat(typeOf(docx(), "laporan.bin")).isEqualTo(ContentTypes.DOCX);
        assertThat(typeOf(XlsxFixtures.workbook("data", java.util.List.of(java.util.List.of("a"))), "data.pdf"))
                .isEqualTo(ContentTypes.XLSX);
        assertThat(typeOf(png(), "foto")).isEqualTo("image/png");
    }

    @Test
    void refusesOtherTypesWithAClearMessage() throws Exception {
        ResponseEntity<String> html = upload("operator-kemlagi", "operator-pw",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), "bukti.pdf",
                "event", "ev-x", "kec-kemlagi");
        assertThat(html.getStatusCode().value()).isEqualTo(415);
        assertThat(html.getBody()).contains("text/html", "tidak diterima", "PDF, JPEG, PNG");

        ResponseEntity<String> zip = upload("operator-kemlagi", "operator-pw", zip(), "arsip.docx", "event", "ev-x",
                "kec-kemlagi");
        assertThat(zip.getStatusCode().value()).isEqualTo(415);
        assertThat(zip.getBody()).contains("application/zip");
    }

    @Test
    void refusesAFileOverTheConfiguredLimitAndKeepsOneExactlyAtIt() throws Exception {
        ResponseEntity<String> over = upload("operator-kemlagi", "operator-pw", pdf(LIMIT + 1), "besar.pdf", "event",
                "ev-big", "kec-kemlagi");
        assertThat(over.getStatusCode().value()).isEqualTo(413);
        assertThat(over.getBody()).contains("melebihi batas");

        ResponseEntity<String> at = upload("operator-kemlagi", "operator-pw", pdf(LIMIT), "pas.pdf", "event",
                "ev-big", "kec-kemlagi");
        assertThat(at.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anotherTenantsEvidenceDoesNotExistForTheCaller() throws Exception {
        ResponseEntity<String> stored = upload("admin", "admin-pw", pdf(500), "sidoarjo.pdf", "record", "rec-sda-1",
                "setda-sidoarjo-perencanaan/bagian-perencanaan");
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        String id = json.readTree(stored.getBody()).get("id").asText();

        TestRestTemplate kemlagi = http.withBasicAuth("operator-kemlagi", "operator-pw");
        assertThat(kemlagi.getForEntity("/api/evidence/" + id, String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(kemlagi.getForEntity("/api/evidence/" + id + "/content", String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(json.readTree(kemlagi.getForObject("/api/evidence?tenant=setda-sidoarjo-perencanaan&target=record"
                + "&target_id=rec-sda-1", String.class))).isEmpty();
        ResponseEntity<byte[]> inspektur = http.withBasicAuth("inspektur", "inspektur-pw")
                .getForEntity("/api/evidence/" + id + "/content", byte[].class);
        assertThat(inspektur.getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> foreign = upload("operator-kemlagi", "operator-pw", pdf(500), "x.pdf", "record",
                "rec-sda-2", "setda-sidoarjo-perencanaan");
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(foreign.getBody()).contains("bukan wewenang");
    }

    @Test
    void theFindingPageShowsTheEvidenceOfItsEventsAndAFollowUpFileBelongsToTheFindingsUnit() throws Exception {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> ingest = http.withBasicAuth("operator-kemlagi", "operator-pw").postForEntity(
                "/api/activities", new HttpEntity<>("event_id,sop_code,case_id,unit,step_no,actor_role,started_at,"
                        + "finished_at,kelengkapan,output\nev-late-1,kemlagi-pengumpulan-data-kinerja,ev-late-case,"
                        + "kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,2024-04-02T09:00:00+07:00,Nota Dinas,Dokumen\n",
                        csv), String.class);
        assertThat(json.readTree(ingest.getBody()).get("accepted").asInt()).as(ingest.getBody()).isEqualTo(1);
        JsonNode finding = json.readTree(http.withBasicAuth("admin", "admin-pw")
                .getForObject("/api/findings?case=ev-late-case", String.class)).get("items").get(0);
        String findingId = finding.get("id").asText();
        String onEvent = json.readTree(upload("operator-kemlagi", "operator-pw", pdf(400), "notulen.pdf", "event",
                "ev-late-1", "kec-kemlagi").getBody()).get("id").asText();
        String unrelated = json.readTree(upload("operator-kemlagi", "operator-pw", pdf(400), "lain.pdf", "event",
                "ev-other", "kec-kemlagi").getBody()).get("id").asText();

        String page = http.withBasicAuth("inspektur", "inspektur-pw").getForObject("/console/findings/" + findingId,
                String.class);
        assertThat(page).contains("data-testid=\"evidence-files\"", onEvent).doesNotContain(unrelated);

        ResponseEntity<String> followUp = upload("sekcam-kemlagi", "sekcam-pw", pdf(400), "tindak-lanjut.pdf",
                "finding", findingId, "unit-yang-diabaikan");
        assertThat(followUp.getStatusCode().value()).as(followUp.getBody()).isEqualTo(201);
        assertThat(json.readTree(followUp.getBody()).get("unit").asText()).isEqualTo("kec-kemlagi");
        ResponseEntity<String> unknown = upload("sekcam-kemlagi", "sekcam-pw", pdf(400), "x.pdf", "finding",
                "tidak-ada", "kec-kemlagi");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void refusesEvidenceForARowThatIsNotStoredInTheCallersTenant() throws Exception {
        ResponseEntity<String> missing = upload("operator-kemlagi", "operator-pw", pdf(300), "x.pdf", "event",
                "ev-belum-ada", "kec-kemlagi");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        // no Accept-Language: Bahasa Indonesia only
        assertThat(json.readTree(missing.getBody()).get("detail").asText())
                .isEqualTo("langkah (event_id) ev-belum-ada tidak ada pada unit kec-kemlagi; simpan datanya dulu, "
                        + "lalu lampirkan buktinya");
        assertThat(json.readTree(missing.getBody()).get("title").asText()).isEqualTo("Bukti ditolak");
        ResponseEntity<String> missingEn = upload("operator-kemlagi", "operator-pw", pdf(300), "x.pdf", "event",
                "ev-belum-ada", "kec-kemlagi", "en-GB,en;q=0.9");
        assertThat(missingEn.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(missingEn.getBody()).get("detail").asText())
                .isEqualTo("event ev-belum-ada does not exist in unit kec-kemlagi; store the data first, then attach "
                        + "its evidence");
        assertThat(json.readTree(missingEn.getBody()).get("title").asText()).isEqualTo("Evidence refused");

        // rec-sda-1 is stored, but by setda-sidoarjo-perencanaan: kec-kemlagi has no such record
        ResponseEntity<String> foreign = upload("operator-kemlagi", "operator-pw", pdf(300), "x.pdf", "record",
                "rec-sda-1", "kec-kemlagi");
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getBody()).contains("catatan indikator (record_id) rec-sda-1 tidak ada")
                .doesNotContain("does not exist");
        ResponseEntity<String> foreignEn = upload("operator-kemlagi", "operator-pw", pdf(300), "x.pdf", "record",
                "rec-sda-1", "kec-kemlagi", "en");
        assertThat(foreignEn.getBody()).contains("indicator record rec-sda-1 does not exist")
                .doesNotContain("tidak ada");

        // an event id is not a record id
        ResponseEntity<String> wrongKind = upload("operator-kemlagi", "operator-pw", pdf(300), "x.pdf", "record",
                "ev-x", "kec-kemlagi");
        assertThat(wrongKind.getStatusCode().value()).isEqualTo(404);
    }

    private String typeOf(byte[] content, String name) throws Exception {
        ResponseEntity<String> stored = upload("operator-kemlagi", "operator-pw", content, name, "event", "ev-type",
                "kec-kemlagi");
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        return json.readTree(stored.getBody()).get("media_type").asText();
    }

    @Test
    void anUnknownEvidenceIdIsNotFoundInTheCallersLanguage() throws Exception {
        TestRestTemplate kemlagi = http.withBasicAuth("operator-kemlagi", "operator-pw");
        String unknown = "/api/evidence/" + new ObjectId().toHexString();

        ResponseEntity<String> plain = kemlagi.getForEntity(unknown, String.class);
        assertThat(plain.getStatusCode().value()).isEqualTo(404);
        JsonNode id = json.readTree(plain.getBody());
        assertThat(id.get("title").asText()).isEqualTo("Bukti ditolak");
        assertThat(id.get("detail").asText()).isEqualTo("bukti tidak ditemukan");

        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        ResponseEntity<String> asked = kemlagi.exchange(unknown + "/content", HttpMethod.GET,
                new HttpEntity<>(english), String.class);
        assertThat(asked.getStatusCode().value()).isEqualTo(404);
        JsonNode en = json.readTree(asked.getBody());
        assertThat(en.get("title").asText()).isEqualTo("Evidence refused");
        assertThat(en.get("detail").asText()).isEqualTo("evidence not found");
    }

    private ResponseEntity<String> upload(String user, String password, byte[] content, String name, String target,
            String targetId, String unit) {
        return upload(user, password, content, name, target, targetId, unit, null);
    }

    /** {@code language}: the Accept-Language header, or null to send none. */
    private ResponseEntity<String> upload(String user, String password, byte[] content, String name, String target,
            String targetId, String unit, String language) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        form.add("target", target);
        form.add("target_id", targetId);
        form.add("unit", unit);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.withBasicAuth(user, password).postForEntity("/api/evidence", new HttpEntity<>(form, headers),
                String.class);
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = Arrays.copyOf(head, size);
        Arrays.fill(pdf, head.length, size, (byte) ' ');
        return pdf;
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Berita acara");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("catatan.txt"));
            zip.write("isi".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
