package id.patuh.evaluation.fact;

/**
 * The question the verification-window decision table answers: which window applies to the
 * records of an SOP whose steps mark no verification with a waktu. The engine inserts it empty;
 * the first matching row of {@code verification-window.drl.csv} fills it in (as {@link CapaianBand}).
 */
public final class WindowPolicy {

    private final String sopCode;
    private boolean decided;
    private String window;

    public WindowPolicy(String sopCode) {
        this.sopCode = sopCode;
    }

    /** Whether a table row naming {@code code} applies: {@code *} applies to every SOP. */
    public boolean appliesTo(String code) {
        String wanted = code == null ? "" : code.strip();
        return wanted.equals("*") || wanted.equalsIgnoreCase(sopCode);
    }

    public String getSopCode() {
        return sopCode;
    }

    public boolean isDecided() {
        return decided;
    }

    /** The window as the table writes it, e.g. {@code 5 hari}. */
    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.decided = true;
        this.window = window;
    }

    @Override
    public String toString() {
        return "WindowPolicy[" + sopCode + ", " + window + "]";
    }
}
