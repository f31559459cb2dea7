package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.PatuhApplication;
import id.patuh.cases.DataKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated bodies, under right and wrong Content-Types, posted to the ingest API of the running
 * application: never a 5xx, only the answers the controller defines; and a 200 accounts for
 * every row the reader of that format finds in the body.
 */
class IngestApiFuzzIntegrationTests {

    /** jqwik properties do not run Spring's JUnit extension: the application is started here. */
    private static ConfigurableApplicationContext app;
    private static MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(PatuhApplication.class)
                .run("--server.port=0", "--patuh.evaluation.sweep-on-start=false");
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).build();
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** A fuzzed body and the Content-Type it is sent with (null: none). */
    record Upload(ReaderFuzzTests.Fuzzed body, String contentType) {
    }

    @Provide
    Arbitrary<Upload> uploads() {
        Arbitrary<String> wrongTypes = Arbitraries.of("text/plain", "garbage", "text/csv; charset=ISO-8859-1",
                "application/xml", "application/json;;;", "application/x-ndjson", "multipart/form-data; boundary=x",
                "text/csv; q=", "application/xes+xml", "*/*", "");
        return ReaderFuzzTests.fuzzed().flatMap(body -> Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(contentType(body.seed().format()))),
                Tuple.of(2, wrongTypes),
                Tuple.of(1, Arbitraries.just((String) null)))
                .map(type -> new Upload(body, type)));
    }

    @Property(tries = 250)
    void aFuzzedBodyNeverGetsA5xxAndA200AccountsForEveryRow(@ForAll("uploads") Upload upload) throws Exception {
        byte[] body = upload.body().body();
        DataKind kind = upload.body().seed().kind();
        MockHttpServletRequestBuilder request = post("/api/" + kind.name().toLowerCase()).content(body);
        if (upload.contentType() != null) {
            request.header("Content-Type", upload.contentType());
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 207, 400, 413, 415, 422);
        InputFormat format = IngestMediaTypes.formatOf(upload.contentType());
        boolean readable = format != null && (format != InputFormat.XES || kind == DataKind.ACTIVITIES);
        assertThat(response.getStatus() == 415).as("415 exactly for an unreadable Content-Type").isEqualTo(!readable);
        if (response.getStatus() == 200) {
            JsonNode report = json.readTree(response.getContentAsByteArray());
            long counted = report.get("accepted").asLong() + report.get("updated").asLong()
                    + report.get("duplicates").asLong() + report.get("rejected").asLong();
            assertThat(counted).as("rows accounted for").isEqualTo(rowsRead(kind, format, body));
        }
    }

    @Example
    void aControlCharacterInAnXesDtdIsABadRowNotAServerError() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/activities").header("Content-Type", "application/xml")
                .content(ReaderFuzzTests.CONTROL_CHARACTER_IN_DTD)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json.readTree(response.getContentAsByteArray()).get("rejected").asLong()).isEqualTo(1);
    }

    @Example
    void aJsonBodyThatLooksLikeBrokenUtf32IsABadRowNotAServerError() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/activities").header("Content-Type", "application/json")
                .content(ReaderFuzzTests.BROKEN_UTF32_JSON)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json.readTree(response.getContentAsByteArray()).get("rejected").asLong()).isEqualTo(1);
    }

    private static String contentType(InputFormat format) {
        return switch (format) {
            case CSV -> "text/csv";
            case JSON -> "application/json";
            case NDJSON -> "application/x-ndjson";
            case XES -> "application/xml";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    private static long rowsRead(DataKind kind, InputFormat format, byte[] body) throws IOException {
        long rows = 0;
        try (RowReader reader = RowReaders.open(kind, format, new ByteArrayInputStream(body), IngestFixtures.LIMITS)) {
            while (reader.next() != null) {
                rows++;
            }
        }
        return rows;
    }
}
