package id.patuh.ingest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * One JSON value read token by token: its first characters for a message, and, when it is an
 * array of strings, those strings joined with ";" (a kelengkapan list). Nothing is built into a
 * tree, and no number is turned into a {@code BigInteger} or {@code BigDecimal}: a value of any
 * size costs a few bounded buffers.
 *
 * @param shown  the value as JSON, cut after {@link RowText#SHOWN_LENGTH} characters
 * @param joined the items of an array of strings joined with ";", else null
 */
record JsonExcerpt(String shown, String joined) {

    /** Reads the value at the parser's current token through its last token. */
    static JsonExcerpt read(JsonParser parser, int maxJoined) throws IOException {
        Builder excerpt = new Builder(parser.currentToken() == JsonToken.START_ARRAY, maxJoined);
        int depth = 0;
        for (JsonToken t = parser.currentToken(); ; t = parser.nextToken()) {
            if (t == null) {
                throw new JsonEOFException(parser, null, "end of input inside a value");
            }
            depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            excerpt.add(t, parser, depth);
            if (depth == 0) {
                return excerpt.build();
            }
        }
    }

    private static final class Builder {

        private final StringBuilder shown = new StringBuilder();
        private final StringBuilder joined;
        private final int maxJoined;
        private boolean strings;
        private boolean first = true;

        Builder(boolean array, int maxJoined) {
            this.strings = array;
            this.joined = new StringBuilder();
            this.maxJoined = maxJoined;
        }

        void add(JsonToken t, JsonParser parser, int depth) throws IOException {
            if (t.isStructStart()) {
                comma();
                append(t == JsonToken.START_OBJECT ? "{" : "[");
                first = true;
                strings &= depth == 1;
            } else if (t.isStructEnd()) {
                append(t == JsonToken.END_OBJECT ? "}" : "]");
                first = false;
            } else if (t == JsonToken.FIELD_NAME) {
                comma();
                append("\"" + parser.currentName() + "\":");
                first = true;
            } else {
                comma();
                scalar(t, parser);
                first = false;
                strings &= t == JsonToken.VALUE_STRING && depth == 1;
                if (strings) {
                    join(parser.getText());
                }
            }
        }

        /** Only the first characters of a scalar are copied, however long it is. */
        private void scalar(JsonToken t, JsonParser parser) throws IOException {
            if (full()) {
                return;
            }
            boolean quoted = t == JsonToken.VALUE_STRING;
            append(quoted ? "\"" : "");
            int room = RowText.SHOWN_LENGTH + 1 - shown.length();
            int length = Math.max(0, Math.min(room, parser.getTextLength()));
            shown.append(parser.getTextCharacters(), parser.getTextOffset(), length);
            append(quoted ? "\"" : "");
        }

        private void join(String item) {
            if (joined.length() <= maxJoined) {
                if (!joined.isEmpty()) {
                    joined.append(';');
                }
                joined.append(item, 0, Math.min(item.length(), maxJoined + 1));
            }
        }

        private void comma() {
            if (!first) {
                append(",");
            }
        }

        private void append(String text) {
            if (!full()) {
                shown.append(text);
            }
        }

        private boolean full() {
            return shown.length() > RowText.SHOWN_LENGTH;
        }

        JsonExcerpt build() {
            return new JsonExcerpt(RowText.shown(shown.toString()), strings ? joined.toString() : null);
        }
    }
}
