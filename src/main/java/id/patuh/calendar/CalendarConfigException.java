package id.patuh.calendar;

/**
 * A holiday or calendar file that cannot be used. The message names the file, the line (1-based,
 * as an editor shows it) and the field, in Bahasa Indonesia first and English second, so that
 * whoever maintains the YAML can fix it without reading code.
 */
public class CalendarConfigException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    CalendarConfigException(String file, int line, String field, String indonesian, String english) {
        super(file + " baris " + line + ", kolom \"" + field + "\": " + indonesian
                + " / " + file + " line " + line + ", field \"" + field + "\": " + english);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** The 1-based line of the offending node. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
