package io.steward.directory.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (comma-separated, fields optionally in double quotes, {@code ""} for a quote inside a
 * quoted field, quoted fields may hold commas and line breaks) from UTF-8 bytes, with or without a byte order
 * mark. Written here rather than taken from a library so that every record knows the line it starts on and
 * every syntax error names its line: HR fixes the file by those numbers.
 */
final class CsvReader {

    /** One record: the line it starts on (1 is the first line of the file) and its fields. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** The file cannot be read as CSV at all; nothing after {@code line} is trustworthy. */
    static final class CsvSyntaxException extends Exception {

        private final transient ImportProblem problem;

        CsvSyntaxException(int line, ImportProblem.Kind kind) {
            super(kind + " on line " + line);
            this.problem = new ImportProblem(line, null, kind);
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    static List<CsvRecord> read(byte[] utf8) throws CsvSyntaxException {
        String text = decode(utf8);
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        return new Parser(text, start).records();
    }

    private static String decode(byte[] bytes) throws CsvSyntaxException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CsvSyntaxException(lineAt(bytes, in.position()), ImportProblem.Kind.NOT_UTF8);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A single pass over the text; {@code line} always counts the line breaks read so far. */
    private static final class Parser {

        private final String text;
        private int pos;
        private int line = 1;
        private final List<CsvRecord> records = new ArrayList<>();

        Parser(String text, int start) {
            this.text = text;
            this.pos = start;
        }

        List<CsvRecord> records() throws CsvSyntaxException {
            while (pos < text.length()) {
                int recordLine = line;
                List<String> fields = record();
                boolean blankLine = fields.size() == 1 && fields.get(0).isEmpty();
                if (!blankLine) {
                    records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                }
            }
            return records;
        }

        /** Reads one record, including the line break that ends it. */
        private List<String> record() throws CsvSyntaxException {
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
                if (pos >= text.length()) {
                    return fields;
                }
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                } else {
                    lineBreak();
                    return fields;
                }
            }
        }

        private String unquoted() {
            int from = pos;
            while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
                pos++;
            }
            return text.substring(from, pos);
        }

        private String quoted() throws CsvSyntaxException {
            int openedOn = line;
            pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new CsvSyntaxException(openedOn, ImportProblem.Kind.UNCLOSED_QUOTE);
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        value.append('"');
                        pos++;
                    } else if (pos < text.length() && !isDelimiter(text.charAt(pos))) {
                        throw new CsvSyntaxException(line, ImportProblem.Kind.TEXT_AFTER_QUOTE);
                    } else {
                        return value.toString();
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                        line++;
                    }
                    value.append(c);
                }
            }
        }

        private void lineBreak() {
            if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
            line++;
        }

        private static boolean isDelimiter(char c) {
            return c == ',' || c == '\n' || c == '\r';
        }
    }
}
