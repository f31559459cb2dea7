package id.patuh.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.DataKind;

/**
 * The valid (and a few already broken) inputs the fuzz tests start from: the example files, the
 * reader test fixtures, and JSON / JSON Lines versions of the example CSVs.
 */
final class FuzzCorpus {

    /** One starting input. */
    record Seed(String name, DataKind kind, InputFormat format, byte[] body) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Seed> SEEDS = load();

    private FuzzCorpus() {
    }

    private static List<Seed> load() {
        List<Seed> seeds = new ArrayList<>();
        examples(seeds, DataKind.ACTIVITIES, "activities.csv");
        examples(seeds, DataKind.INDICATORS, "indicators.csv");
        examples(seeds, DataKind.REQUESTS, "requests.csv");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.CSV, "good/kemlagi-two-cases.csv");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.CSV, "good/bom-crlf.csv");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.CSV, "bad/malformed-quote.csv");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.CSV, "bad/duplicate-ids.csv");
        fixture(seeds, DataKind.INDICATORS, InputFormat.CSV, "bad/decimal-comma.csv");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.JSON, "bad/nested.json");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.NDJSON, "bad/bad-lines.ndjson");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.XES, "good/kemlagi-two-cases.xes");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.XES, "bad/unpaired.xes");
        fixture(seeds, DataKind.ACTIVITIES, InputFormat.XES, "bad/xxe.xes");
        return List.copyOf(seeds);
    }

    private static void examples(List<Seed> seeds, DataKind kind, String file) {
        byte[] csv = read(Path.of("examples", file));
        seeds.add(new Seed("examples/" + file, kind, InputFormat.CSV, csv));
        List<Map<String, String>> rows = rows(new String(csv, StandardCharsets.UTF_8));
        seeds.add(new Seed("examples/" + file + " as JSON", kind, InputFormat.JSON, jsonArray(rows)));
        seeds.add(new Seed("examples/" + file + " as JSON Lines", kind, InputFormat.NDJSON, jsonLines(rows)));
    }

    private static void fixture(List<Seed> seeds, DataKind kind, InputFormat format, String path) {
        seeds.add(new Seed("ingest/" + path, kind, format, IngestFixtures.resource(path)));
    }

    private static List<Map<String, String>> rows(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        row.put(k, v);
                    }
                });
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static byte[] jsonArray(List<Map<String, String>> rows) {
        List<String> objects = rows.stream().map(FuzzCorpus::json).toList();
        return ("[\n  " + String.join(",\n  ", objects) + "\n]\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonLines(List<Map<String, String>> rows) {
        return (String.join("\n", rows.stream().map(FuzzCorpus::json).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Map<String, String> row) {
        try {
            return new ObjectMapper().writeValueAsString(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
