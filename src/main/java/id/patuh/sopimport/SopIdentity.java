package id.patuh.sopimport;

import java.util.List;
import java.util.Map;

/**
 * The header block and the lists of an SOP AP sheet, shared by every procedure table of the
 * document (Way Kanan: one header, two tables).
 *
 * @param lists catalog list key ({@code dasar_hukum}, …) → items; a list the document lacks is absent
 */
record SopIdentity(String name, String nomor, String tanggalPembuatan, String tanggalRevisi,
        String tanggalEfektif, String disahkanOleh, String penandatangan, Map<String, List<String>> lists) {

    static final List<String> LIST_KEYS = List.of("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan",
            "peralatan", "peringatan", "pencatatan");
}
