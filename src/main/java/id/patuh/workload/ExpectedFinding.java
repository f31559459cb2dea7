package id.patuh.workload;

/**
 * A violation the generator injected: what the audit must find.
 *
 * @param subject {@code case_id} for case findings, {@code indicator_code period} for subject
 *                findings, the SOP code for catalog findings
 * @param stepNo  the step of a case finding, else null
 */
public record ExpectedFinding(String code, String subject, Integer stepNo) {

    @Override
    public String toString() {
        return code + "@" + subject + (stepNo == null ? "" : "#" + stepNo);
    }
}
