package id.patuh.evaluation;

/**
 * One error in the rules folder.
 *
 * @param file    the file name inside the rules folder, e.g. {@code durations.drl}
 * @param line    the line of a DRL file, the row of a decision table; 0 when unknown
 * @param message Drools' message, or ours when a file is misnamed or a table gives no answer
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
