package id.patuh.metrics;

/**
 * The gauges computed from the stored state: Micrometer names (Prometheus replaces the dots by
 * underscores) and their help text. Ratios are 0–1; a ratio is left out where its denominator is 0.
 */
enum SnapshotGauge {

    CASES("patuh.cases", "Kasus SOP tersimpan / stored SOP cases", "sop", "unit"),
    STEPS_EVALUATED("patuh.steps.evaluated",
            "Langkah selesai yang punya Mutu Baku waktu / finished steps with a Mutu Baku waktu", "sop", "unit"),
    STEPS_WITHIN_STANDARD("patuh.steps.within.standard",
            "Langkah selesai dalam Mutu Baku waktu / finished steps within their Mutu Baku waktu", "sop", "unit"),
    COMPLIANCE_RATIO("patuh.compliance.ratio",
            "Kepatuhan: langkah dalam Mutu Baku / langkah dinilai / steps within standard over steps evaluated",
            "sop", "unit"),
    FINDINGS_OPEN("patuh.findings.open", "Temuan terbuka / open findings", "code", "severity", "unit", "sop",
            "status"),
    FINDINGS_OPEN_BY_AGE("patuh.findings.open.by.age",
            "Temuan terbuka menurut umur sejak terdeteksi / open findings by age since detection",
            "severity", "unit", "age"),
    FINDINGS_OPEN_OLDEST_AGE("patuh.findings.open.oldest.age.seconds",
            "Umur temuan terbuka tertua / age of the oldest open finding", "severity", "unit"),
    FOLLOWUP_OVERDUE("patuh.followup.overdue",
            "Rekomendasi lewat batas waktu dan belum sesuai / audit items past their due date, follow-up not accepted",
            "unit"),
    SUBMISSIONS_EXPECTED("patuh.submissions.expected",
            "Data diminta yang sudah lewat batas atau sudah disampaikan / requested data past due or already in",
            "unit", "period"),
    SUBMISSIONS_RECEIVED("patuh.submissions.received", "Data diminta yang sudah disampaikan / requested data received",
            "unit", "period"),
    SUBMISSIONS_ON_TIME("patuh.submissions.on.time", "Data disampaikan tepat waktu / requested data received on time",
            "unit", "period"),
    SUBMISSIONS_MISSING("patuh.submissions.missing",
            "Data lewat batas dan belum disampaikan / requested data past due and not received", "unit", "period"),
    SUBMISSION_COMPLETENESS_RATIO("patuh.submission.completeness.ratio",
            "Kelengkapan penyampaian data / submission completeness", "unit", "period"),
    SUBMISSION_TIMELINESS_RATIO("patuh.submission.timeliness.ratio",
            "Ketepatan waktu penyampaian data / submission timeliness", "unit", "period"),
    RECORDS_SUBMITTED("patuh.records.submitted", "Data indikator disampaikan / indicator records submitted",
            "unit", "period"),
    RECORDS_VERIFIED("patuh.records.verified", "Data indikator terverifikasi / indicator records verified",
            "unit", "period"),
    RECORDS_UNVERIFIED("patuh.records.unverified",
            "Data indikator belum diverifikasi / submitted indicator records not verified", "unit", "period"),
    VERIFICATION_RATIO("patuh.verification.ratio", "Rasio verifikasi data / verified over submitted records",
            "unit", "period"),
    SAKIP_READINESS_SCORE("patuh.sakip.readiness.score",
            "Skor kesiapan SAKIP (0-1, rumus: ReadinessScore) / SAKIP readiness score", "unit", "period"),
    RULES_INFO("patuh.rules.info", "Versi aturan yang berlaku / rule-set version serving", "version"),
    UNITS_AGGREGATED("patuh.metrics.units.aggregated",
            "Unit yang digabung ke unit=\"lainnya\" / units summed into unit=\"lainnya\""),
    REFRESH_DURATION("patuh.metrics.refresh.duration.seconds",
            "Lama perhitungan metrik terakhir / duration of the last metrics computation"),
    REFRESH_TIMESTAMP("patuh.metrics.refresh.timestamp.seconds",
            "Waktu perhitungan metrik terakhir (epoch) / time of the last metrics computation");

    private final String meterName;
    private final String help;
    private final String[] labels;

    SnapshotGauge(String meterName, String help, String... labels) {
        this.meterName = meterName;
        this.help = help;
        this.labels = labels;
    }

    String meterName() {
        return meterName;
    }

    String help() {
        return help;
    }

    /** The Prometheus name, as dashboards and alert rules use it. */
    String prometheusName() {
        return meterName.replace('.', '_');
    }

    String[] labels() {
        return labels.clone();
    }
}
