package nl.meldpunt.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV over a {@link LineReader}: comma-separated, fields in double quotes may hold commas, line breaks
 * and doubled quotes. A record spanning several lines is reported with the number of its first line.
 */
final class CsvRows {

    private final LineReader lines;
    private long firstLine;

    CsvRows(LineReader lines) {
        this.lines = lines;
    }

    /** The fields of the next record, or null at the end. Throws on an unclosed quote at the end of the file. */
    List<String> next() throws IOException {
        String text = lines.next();
        if (text == null) {
            return null;
        }
        firstLine = lines.lineNumber();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= text.length()) {
                if (quoted) {
                    String more = lines.next();
                    if (more == null) {
                        throw new MalformedCsv(firstLine);
                    }
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                fields.add(field.toString());
                return fields;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    long firstLine() {
        return firstLine;
    }

    static final class MalformedCsv extends IOException {
        final long line;

        MalformedCsv(long line) {
            super("Unclosed quote in the record starting at line " + line);
            this.line = line;
        }
    }
}
