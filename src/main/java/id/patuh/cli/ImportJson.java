package id.patuh.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.patuh.sopimport.ImportReport;

/** The report {@code catalog import} prints: the drafts written, every doubt, every failed document. */
final class ImportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportJson() {
    }

    static String write(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < report.drafts().size(); i++) {
            var draft = report.drafts().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", draft.code());
            entry.put("source", draft.source());
            entry.put("file", report.files().get(i));
            entry.put("steps", draft.steps());
            entry.put("doubts", draft.doubts().size());
            drafts.add(entry);
        }
        json.put("drafts", drafts);
        json.put("doubts", report.doubts());
        json.put("errors", report.errors());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import report cannot be written as JSON", e);
        }
    }
}
