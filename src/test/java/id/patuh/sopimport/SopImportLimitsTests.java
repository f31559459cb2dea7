package id.patuh.sopimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Documents that are not SOPs, broken, hostile or absurdly large: each ends in a clear error
 * or a bounded result, fast. Every fixture is made here.
 */
class SopImportLimitsTests {

    private static final Duration FAST = Duration.ofSeconds(30);

    private final SopImportService service = new SopImportService(SopImportProperties.defaults());

    @Test
    void aTextThatIsNoSopSaysSoNamingTheFile() {
        byte[] letter = "Yth. Bapak Camat\tKemlagi\nDengan hormat,\nkami sampaikan undangan rapat.\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.read("undangan.txt", letter)).isInstanceOf(SopImportException.class)
                .hasMessageContaining("undangan.txt").hasMessageContaining("tidak ada tabel prosedur")
                .hasMessageContaining("no procedure table");
    }

    @Test
    void anImageIsRefusedByItsContentNotItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> service.read("sop.docx", png)).isInstanceOf(SopImportException.class)
                .hasMessageContaining("image/png").hasMessageContaining("tidak didukung");
    }

    @Test
    void anEncryptedPdfIsRefusedWithAHint() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("pemilik", "rahasia", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThatThrownBy(() -> service.read("sop.pdf", pdf)).isInstanceOf(SopImportException.class)
                .hasMessageContaining("terenkripsi").hasMessageContaining("without a password");
    }

    @Test
    void aBrokenPdfIsAClearError() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref trailer garbage"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> service.read("rusak.pdf", broken))
                .isInstanceOf(SopImportException.class).hasMessageContaining("rusak.pdf"));
    }

    @Test
    void aFiveHundredPagePdfIsRefusedBeforeItsTextIsRead() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 500; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> service.read("besar.pdf", pdf))
                .isInstanceOf(SopImportException.class).hasMessageContaining("500 halaman")
                .hasMessageContaining("patuh.sop-import.max-pdf-pages"));
    }

    @Test
    void aTableOfTwoHundredStepsImportsWholeAndALowerLimitRefusesIt() {
        byte[] sop = longTable(200);

        List<ImportedSop> drafts = assertTimeoutPreemptively(FAST, () -> service.read("panjang.txt", sop));

        assertThat(drafts).singleElement().extracting(ImportedSop::steps).isEqualTo(200);
        SopImportService strict = new SopImportService(SopImportProperties.defaults().withMaxSteps(100));
        assertThatThrownBy(() -> strict.read("panjang.txt", sop)).isInstanceOf(SopImportException.class)
                .hasMessageContaining("lebih dari 100 langkah").hasMessageContaining("patuh.sop-import.max-steps");
    }

    @Test
    void aZipBombDisguisedAsDocxIsNotExpanded() throws IOException {
        byte[] bomb = zipBomb("word/document.xml");

        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> service.read("sop.docx", bomb))
                .isInstanceOf(SopImportException.class).hasMessageContaining("zip bomb"));
    }

    @Test
    void aZipBombDisguisedAsXlsxIsNotExpanded() throws IOException {
        byte[] bomb = zipBomb("xl/workbook.xml");

        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> service.read("sop.xlsx", bomb))
                .isInstanceOf(SopImportException.class).hasMessageContaining("zip bomb"));
    }

    /** An Office-looking package whose main part inflates from about 100 KB to 100 MB. */
    private static byte[] zipBomb(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] longTable(int steps) {
        StringBuilder text = new StringBuilder("Nama SOP\tPENGUMPULAN DATA\n\n");
        text.append("No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n");
        text.append("\t\tKasi\tStaf\tKelengkapan\tWaktu\tOutput\t\n");
        for (int i = 1; i <= steps; i++) {
            text.append(i).append(".\tStaf menyusun bagian ").append(i).append("\t\t\tDokumen\t5 menit\tDokumen\t\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
