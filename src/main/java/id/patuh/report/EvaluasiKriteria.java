package id.patuh.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The criteria of the SOP evaluation form (Formulir Evaluasi SOP AP, PermenPAN-RB 35/2012,
 * chapter on monitoring and evaluation), each answered yes or no with the auditor's note. The
 * per-role question ("can each role do its part") is asked per Pelaksana of the SOP as well.
 */
enum EvaluasiKriteria {
    MENDORONG_KINERJA("mampu mendorong peningkatan kinerja", "drives better performance"),
    MUDAH_DIPAHAMI("mudah dipahami", "is easy to understand"),
    MUDAH_DILAKSANAKAN("mudah dilaksanakan", "is easy to carry out"),
    SEMUA_PERAN("semua orang dapat menjalankan perannya masing-masing", "everyone can play their own role"),
    MENGATASI_MASALAH("mampu mengatasi permasalahan yang berkaitan dengan proses",
            "resolves the problems of the process"),
    KEBUTUHAN_KINERJA("mampu menjawab kebutuhan peningkatan kinerja organisasi",
            "meets the organisation's need to perform better"),
    SINERGI("sinergi satu dengan lainnya", "works in synergy with the other procedures");

    private final String text;
    private final String textEn;

    EvaluasiKriteria(String text, String textEn) {
        this.text = text;
        this.textEn = textEn;
    }

    /** The key in JSON and in the store: {@code mudah_dipahami}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String text() {
        return text;
    }

    String textEn() {
        return textEn;
    }

    static Optional<EvaluasiKriteria> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
