package id.patuh.calendar;

import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/**
 * A holiday or calendar file that cannot be used. The message names the file, the line (1-based,
 * as an editor shows it) and the field, in Bahasa Indonesia first and English second, so that
 * whoever maintains the YAML can fix it without reading code. It is read at start-up and on the
 * command line, never answered to one request, hence both languages.
 */
public class CalendarConfigException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    CalendarConfigException(String file, int line, String field, Text problem) {
        super(Texts.id("calendar.config.at", file, line, field, problem.id()) + " / "
                + Texts.en("calendar.config.at", file, line, field, problem.en()));
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
