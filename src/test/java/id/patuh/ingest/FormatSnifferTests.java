package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormatSnifferTests {

    private static FormatSniffer.Sniffed sniff(byte[] content, String name) throws IOException {
        return FormatSniffer.sniff(new ByteArrayInputStream(content), name);
    }

    private static FormatSniffer.Sniffed sniff(String content, String name) throws IOException {
        return sniff(content.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void aWorkbookIsReadAsExcelWhateverItIsCalled() throws IOException {
        byte[] book = XlsxFixtures.workbook("kegiatan", List.of(List.of("event_id")));

        assertThat(sniff(book, "kegiatan.xes").format()).isEqualTo(InputFormat.XLSX);
        assertThat(sniff(book, "kegiatan.csv").format()).isEqualTo(InputFormat.XLSX);
        assertThat(sniff(book, null).format()).isEqualTo(InputFormat.XLSX);
    }

    @Test
    void textFormatsComeFromTheFirstCharacter() throws IOException {
        assertThat(sniff("\uFEFF  <?xml version=\"1.0\"?><log/>", "log.txt").format()).isEqualTo(InputFormat.XES);
        assertThat(sniff("[{\"event_id\":\"a\"}]", "data.txt").format()).isEqualTo(InputFormat.JSON);
        assertThat(sniff("{\"event_id\":\"a\"}\n", "data.txt").format()).isEqualTo(InputFormat.NDJSON);
        assertThat(sniff("{\"event_id\":\"a\"}\n", "data.json").format()).isEqualTo(InputFormat.JSON);
        assertThat(sniff("event_id;unit\na;b\n", "data.xlsx").format()).isEqualTo(InputFormat.CSV);
    }

    @Test
    void refusesDocumentsAndOldSpreadsheetsWithAnActionableSentence() throws IOException {
        var pdf = sniff("%PDF-1.4\n1 0 obj\n", "kegiatan.csv");
        assertThat(pdf.format()).isNull();
        assertThat(pdf.problem()).contains("application/pdf", "bukan data");

        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
            0, 0, 0, 0, 0, 0, 0, 0};
        var xls = sniff(ole2, "kegiatan.xls");
        assertThat(xls.format()).isNull();
        assertThat(xls.problem()).contains(".xlsx");
    }
}
