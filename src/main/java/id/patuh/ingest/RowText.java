package id.patuh.ingest;

/** How row messages show what a user sent: short enough for a report, recognisable enough to find. */
final class RowText {

    static final int SHOWN_LENGTH = 60;

    private RowText() {
    }

    /** {@code value} cut to 60 characters, with control characters made visible. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
        StringBuilder visible = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == Utf8CharSource.MALFORMED) {
                visible.append('\uFFFD');
            } else {
                visible.appendCodePoint(cp);
            }
        });
        return visible.toString();
    }

    /** The row id to put on an error: the id cell when it is short enough to be one. */
    static String idOrNull(String value) {
        if (value == null || value.isBlank() || value.length() > 200
                || value.indexOf(Utf8CharSource.MALFORMED) >= 0) {
            return null;
        }
        return value.strip();
    }
}
