package id.patuh.ingest;

import java.util.List;

import org.springframework.modulith.NamedInterface;

import id.patuh.cases.DataKind;

/**
 * The interchange columns (interchange.md §1–3) explained for the people who fill them in: the
 * console's column guide and the explanation sheet of the Excel templates read from here, so
 * the two never say different things.
 */
@NamedInterface("api")
public final class ColumnGuide {

    /**
     * One column.
     *
     * @param example a value as it would be written; empty when none helps
     */
    public record Column(String name, boolean required, String meaning, String meaningEn, String example) {
    }

    private ColumnGuide() {
    }

    /** The columns of {@code kind}, in the contract's order. */
    public static List<Column> of(DataKind kind) {
        return switch (kind) {
            case ACTIVITIES -> ACTIVITIES;
            case INDICATORS -> INDICATORS;
            case REQUESTS -> REQUESTS;
        };
    }

    private static final String TIME = " Tulis 2026-11-02T10:00 atau, seperti Excel berbahasa Indonesia, 02/11/2026 "
            + "10:00 (hari/bulan/tahun jam:menit); tanpa zona dibaca dalam zona waktu unit (WIB/WITA/WIT).";
    private static final String TIME_EN = " Write 2026-11-02T10:00 or, as Excel in an Indonesian locale does, "
            + "02/11/2026 10:00 (day/month/year hour:minute); without a zone it is read in the unit's time zone.";
    private static final String DECIMAL = " Desimal dengan titik, tanpa pemisah ribuan.";
    private static final String DECIMAL_EN = " Decimal with a point, no thousands separator.";

    private static final List<Column> ACTIVITIES = List.of(
            new Column("event_id", true, "Kode unik kejadian ini. Kirim ulang dengan isi sama = diabaikan; isi berbeda "
                    + "= ditolak.", "Unique id of this event; the same id again is ignored if identical, refused if "
                    + "different.", "kemlagi-2026-001-L1"),
            new Column("sop_code", true, "Kode SOP di katalog.", "Catalog code of the SOP.",
                    "kemlagi-pengumpulan-data-kinerja"),
            new Column("case_id", true, "Satu kali pelaksanaan SOP; semua langkah pelaksanaan itu memakai kode yang "
                    + "sama.", "One execution of the SOP; all its steps share it.", "kemlagi-2026-TW1"),
            new Column("unit", true, "Kode unit kerja pelaksana (huruf kecil, angka, \"-\").",
                    "Code of the unit that runs the case.", "kec-kemlagi"),
            new Column("step_no", true, "Nomor langkah seperti di tabel SOP.", "Step number as in the SOP table.", "1"),
            new Column("activity", false, "Uraian kegiatan langkah (rujukan; step_no yang menentukan).",
                    "The step's activity (reference; step_no decides).", ""),
            new Column("actor_role", true, "Pelaksana langkah, seperti tertulis di SOP.",
                    "Role (Pelaksana) that performed the step, as named in the SOP.", "Sekcam"),
            new Column("actor_id", false, "NIP atau nama pengguna orang yang melaksanakan.",
                    "NIP or user name of the person.", "198001012005011001"),
            new Column("started_at", true, "Waktu langkah dimulai." + TIME, "When the step started." + TIME_EN,
                    "02/11/2026 10:00"),
            new Column("finished_at", false, "Waktu langkah selesai; kosong = masih berjalan. Tidak boleh sebelum "
                    + "started_at." + TIME, "When it finished; empty = still running." + TIME_EN, "02/11/2026 11:30"),
            new Column("kelengkapan", false, "Kelengkapan (Mutu Baku) yang ada, dipisah titik koma.",
                    "Inputs that were present (Mutu Baku Kelengkapan), separated by semicolons.",
                    "Nota Dinas; Data Kinerja"),
            new Column("output", false, "Keluaran (Output) yang dihasilkan; kosong = tidak ada.",
                    "Output produced; empty = none.", "Dokumen LAKIP"),
            new Column("decision", false, "Hanya untuk langkah keputusan: ya atau tidak.",
                    "For decision steps only: ya or tidak.", "ya"));

    private static final List<Column> INDICATORS = List.of(
            new Column("record_id", true, "Kode unik baris ini (aturan sama dengan event_id).",
                    "Unique id of this row.", "kemlagi-IKU-1-2026-Q1"),
            new Column("unit", true, "Unit penyuplai data; bagian sebelum \"/\" adalah unit kerja.",
                    "Supplying unit; the part before the first \"/\" is the tenant.",
                    "kec-kemlagi/kasi-pemerintahan"),
            new Column("indicator_code", true, "Kode indikator.", "Indicator code.", "IKU-1"),
            new Column("indicator_name", false, "Nama indikator.", "Indicator name.",
                    "Persentase pelayanan administrasi tepat waktu"),
            new Column("level", false, "sasaran, program atau kegiatan.", "sasaran, program or kegiatan.", "sasaran"),
            new Column("period", true, "Periode: YYYY-Qn (triwulan) atau YYYY (tahunan).",
                    "Period: YYYY-Qn (quarter) or YYYY (annual).", "2026-Q1"),
            new Column("target_annual", false, "Target tahunan." + DECIMAL, "Annual target." + DECIMAL_EN, "100"),
            new Column("target_period", false, "Target periode ini." + DECIMAL, "Target for this period."
                    + DECIMAL_EN, "25"),
            new Column("realization", false, "Realisasi; kosong = belum terealisasi." + DECIMAL,
                    "Realization; empty = not yet realised." + DECIMAL_EN, "24.5"),
            new Column("direction", false, "higher-better (bawaan) atau lower-better.",
                    "higher-better (default) or lower-better.", "higher-better"),
            new Column("submitted_by", false, "NIP/pengguna penyampai data.", "Who submitted.", ""),
            new Column("submitted_at", false, "Waktu disampaikan; kosong = belum." + TIME,
                    "When submitted; empty = not yet." + TIME_EN, ""),
            new Column("verified_by", false, "Pemverifikasi (mis. Kabag Perencanaan).", "Who verified.", ""),
            new Column("verified_at", false, "Waktu diverifikasi; kosong = belum." + TIME,
                    "When verified; empty = not yet." + TIME_EN, ""),
            new Column("validated_by", false, "Pemvalidasi.", "Who validated.", ""),
            new Column("validated_at", false, "Waktu divalidasi; kosong = belum." + TIME,
                    "When validated; empty = not yet." + TIME_EN, ""));

    private static final List<Column> REQUESTS = List.of(
            new Column("request_id", true, "Kode unik permintaan.", "Unique id of the request.", "req-2026-Q1-1"),
            new Column("case_id", false, "Pelaksanaan SOP yang mengeluarkan permintaan.",
                    "The SOP case that issued it.", ""),
            new Column("unit", true, "Unit penyuplai yang harus menjawab.", "Supplying unit that must answer.",
                    "kec-kemlagi/kasi-pemerintahan"),
            new Column("indicator_code", true, "Indikator yang diminta.", "The indicator asked for.", "IKU-1"),
            new Column("period", true, "YYYY-Qn atau YYYY.", "YYYY-Qn or YYYY.", "2026-Q1"),
            new Column("due_at", true, "Batas waktu penyampaian." + TIME, "Deadline." + TIME_EN, "10/04/2026 16:00"));
}
