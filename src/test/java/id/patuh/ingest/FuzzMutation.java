package id.patuh.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * One edit of an input's bytes, as a user, a spreadsheet, a broken transfer or an attacker
 * might make it. Positions are fractions of the length, so an edit applies to any input and
 * shrinks towards its start.
 */
interface FuzzMutation {

    byte[] apply(byte[] in);

    /** Short pieces that mean something to one of the parsers, and bytes that are not UTF-8. */
    List<String> TOKENS = List.of("\"", "\"\"", ",", ";", "\n", "\r", "\r\n", "\u0000", "\uFEFF", "\t", "{", "}",
            "[", "]", ":", "\\", "\\u0000", "\\ud800", "<", ">", "&", "&amp;", "&#0;", "&nope;", "</event>",
            "</trace>", "<trace>", "<event>", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "null", "true", "[]", "{}", "1e999999", "-0", "NaN", "99999999999999999999999999", "0x1F", "1.234,5",
            "2024-02-30T25:61:00+07:00", "2024-13-01", "+999999999-12-31T23:59:59Z", "31/12/2024", "$where",
            "unit.tenant", "__proto__", "\u202E", "\uD83D\uDE00", "é", "ñ");
    List<byte[]> RAW = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xEF,
                (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xF4,
                (byte) 0x90, (byte) 0x80, (byte) 0x80});
    List<Charset> CHARSETS = List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"));

    static Arbitrary<FuzzMutation> any() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1).ofScale(3);
        return Arbitraries.frequencyOf(
                weighted(2, at.map(Truncate::new)),
                weighted(5, Combinators.combine(at, Arbitraries.of(TOKENS)).as(InsertText::new)),
                weighted(3, Combinators.combine(at, Arbitraries.of(RAW)).as(InsertBytes::new)),
                weighted(2, Combinators.combine(at, Arbitraries.bytes().array(byte[].class)
                        .ofMinSize(1).ofMaxSize(12)).as(InsertBytes::new)),
                weighted(2, Combinators.combine(at, at).as(Delete::new)),
                weighted(2, Combinators.combine(at, at, at).as(Duplicate::new)),
                weighted(2, Combinators.combine(at, at).as(SwapLines::new)),
                weighted(2, Combinators.combine(Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 15)).as(SwapColumns::new)),
                weighted(2, Combinators.combine(at, Arbitraries.bytes()).as(ReplaceByte::new)),
                weighted(1, Arbitraries.of(CHARSETS).map(Reencode::new)),
                weighted(1, Combinators.combine(at, Arbitraries.integers().between(1_000, 150_000),
                        Arbitraries.of('A', '9', '"', ' ')).as(HugeField::new)));
    }

    private static Tuple2<Integer, Arbitrary<? extends FuzzMutation>> weighted(int weight,
            Arbitrary<? extends FuzzMutation> mutation) {
        return Tuple.of(weight, mutation);
    }

    static int index(double at, int length) {
        return (int) Math.min(length, Math.round(at * length));
    }

    static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, from);
        out.writeBytes(insert);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    record Truncate(double at) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            return Arrays.copyOf(in, FuzzMutation.index(at, in.length));
        }
    }

    record InsertText(double at, String text) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            int i = FuzzMutation.index(at, in.length);
            return splice(in, i, i, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    record InsertBytes(double at, byte[] bytes) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            int i = FuzzMutation.index(at, in.length);
            return splice(in, i, i, bytes);
        }

        @Override
        public String toString() {
            return "InsertBytes[at=" + at + ", bytes=" + java.util.HexFormat.of().formatHex(bytes) + "]";
        }
    }

    record Delete(double from, double length) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            int i = FuzzMutation.index(from, in.length);
            int end = Math.min(in.length, i + FuzzMutation.index(length * length, in.length - i));
            return splice(in, i, end, new byte[0]);
        }
    }

    /** Copies a piece of the input elsewhere: a row sent twice, a tag opened twice. */
    record Duplicate(double from, double length, double to) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            int i = FuzzMutation.index(from, in.length);
            int end = Math.min(in.length, i + FuzzMutation.index(length * length, in.length - i));
            int target = FuzzMutation.index(to, in.length);
            return splice(in, target, target, Arrays.copyOfRange(in, i, end));
        }
    }

    record SwapLines(double first, double second) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            String[] lines = new String(in, StandardCharsets.ISO_8859_1).split("\n", -1);
            int a = FuzzMutation.index(first, lines.length - 1);
            int b = FuzzMutation.index(second, lines.length - 1);
            String swap = lines[a];
            lines[a] = lines[b];
            lines[b] = swap;
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Swaps two comma-separated cells on every line: columns out of order in header, rows or both. */
    record SwapColumns(int first, int second) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            String[] lines = new String(in, StandardCharsets.ISO_8859_1).split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String[] cells = lines[n].split(",", -1);
                if (first < cells.length && second < cells.length) {
                    String swap = cells[first];
                    cells[first] = cells[second];
                    cells[second] = swap;
                    lines[n] = String.join(",", cells);
                }
            }
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    record ReplaceByte(double at, byte value) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[Math.min(in.length - 1, FuzzMutation.index(at, in.length))] = value;
            return out;
        }
    }

    /** The whole text saved in another encoding than UTF-8. */
    record Reencode(Charset charset) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            return new String(in, StandardCharsets.UTF_8).getBytes(charset);
        }
    }

    record HugeField(double at, int length, char fill) implements FuzzMutation {
        public byte[] apply(byte[] in) {
            int i = FuzzMutation.index(at, in.length);
            return splice(in, i, i, String.valueOf(fill).repeat(length).getBytes(StandardCharsets.UTF_8));
        }
    }
}
