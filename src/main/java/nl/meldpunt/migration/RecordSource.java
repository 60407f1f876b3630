package nl.meldpunt.migration;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of an import file, JSONL or CSV, each with its line number and the byte offset after it. A line
 * that cannot be read as a record (malformed JSON, a wrong type, an unknown field) comes back as a rejection.
 */
final class RecordSource implements Closeable {

    enum Format { JSONL, CSV }

    /** One record read from the file: either {@code record} or {@code rejections}. */
    record Item(long line, long offset, ImportRecord record, List<Rejection> rejections) {}

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** CSV columns holding a JSON array or object (docs/import.md). */
    private static final Set<String> JSON_COLUMNS = Set.of("subjects", "contacts", "clocks", "statusHistory");

    private final Format format;
    private final LineReader lines;
    private final CsvRows csv;
    private List<String> header;

    RecordSource(Path file, Format format, long startOffset, long startLine) throws IOException {
        this.format = format;
        if (format == Format.CSV && startOffset == 0) {
            LineReader headerReader = new LineReader(file, 0, 0);
            this.header = new CsvRows(headerReader).next();
            long afterHeader = headerReader.offset();
            long headerLines = headerReader.lineNumber();
            headerReader.close();
            this.lines = new LineReader(file, afterHeader, headerLines);
        } else {
            if (format == Format.CSV) {
                try (LineReader headerReader = new LineReader(file, 0, 0)) {
                    this.header = new CsvRows(headerReader).next();
                }
            }
            this.lines = new LineReader(file, startOffset, startLine);
        }
        this.csv = format == Format.CSV ? new CsvRows(lines) : null;
    }

    /** Physical lines read so far, for the checkpoint. */
    long linesRead() {
        return lines.lineNumber();
    }

    /** Byte offset after the last record read, for the checkpoint. */
    long offset() {
        return lines.offset();
    }

    static Format formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? Format.CSV : Format.JSONL;
    }

    /** A record as read, before parsing: JSON text (JSONL), fields (CSV), or a rejection. */
    record Raw(long line, long offset, String json, List<String> fields, List<Rejection> rejections) {}

    /** The next raw record, or null at the end of the file. Blank lines are passed over. Sequential. */
    Raw nextRaw() throws IOException {
        while (true) {
            if (format == Format.JSONL) {
                String text = lines.next();
                if (text == null) {
                    return null;
                }
                if (text.isBlank()) {
                    continue;
                }
                return new Raw(lines.lineNumber(), lines.offset(), text, null, List.of());
            }
            List<String> fields;
            try {
                fields = csv.next();
            } catch (CsvRows.MalformedCsv e) {
                return new Raw(e.line, lines.offset(), null, null, List.of(new Rejection(e.line, "(record)",
                        "unclosed quote")));
            }
            if (fields == null) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            long line = csv.firstLine();
            if (header == null || fields.size() != header.size()) {
                return new Raw(line, lines.offset(), null, null, List.of(new Rejection(line, "(record)",
                        "has " + fields.size() + " fields, the header " + (header == null ? 0 : header.size()))));
            }
            return new Raw(line, lines.offset(), null, fields, List.of());
        }
    }

    /** Parses a raw record; thread-safe, so a batch can be parsed in parallel. */
    Item parse(Raw raw) {
        if (!raw.rejections().isEmpty()) {
            return new Item(raw.line(), raw.offset(), null, raw.rejections());
        }
        try {
            ImportRecord record = raw.json() != null
                    ? JSON.readValue(raw.json(), ImportRecord.class)
                    : JSON.treeToValue(toJson(raw.fields()), ImportRecord.class);
            if (record == null) { // the line "null": valid JSON, but no record
                return new Item(raw.line(), raw.offset(), null,
                        List.of(new Rejection(raw.line(), "(record)", "not a JSON object")));
            }
            return new Item(raw.line(), raw.offset(), record, List.of());
        } catch (JacksonException e) {
            return new Item(raw.line(), raw.offset(), null, List.of(new Rejection(raw.line(), field(e), reason(e))));
        }
    }

    /** The next parsed record, or null at the end. */
    Item next() throws IOException {
        Raw raw = nextRaw();
        return raw == null ? null : parse(raw);
    }

    /** A CSV row as the JSON object of the JSONL format: dotted column names nest, JSON columns are parsed. */
    private ObjectNode toJson(List<String> fields) {
        ObjectNode root = JSON.createObjectNode();
        Map<String, ObjectNode> nested = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String value = fields.get(i);
            if (value.isEmpty()) {
                continue;
            }
            int dot = name.indexOf('.');
            if (dot > 0) {
                ObjectNode parent = nested.computeIfAbsent(name.substring(0, dot), root::putObject);
                String child = name.substring(dot + 1);
                if (child.equals("anonymous")) {
                    parent.put(child, Boolean.parseBoolean(value.strip()));
                } else {
                    parent.put(child, value);
                }
            } else if (name.equals("themes")) {
                var array = root.putArray(name);
                for (String theme : value.split(";")) {
                    if (!theme.isBlank()) {
                        array.add(theme.strip());
                    }
                }
            } else if (JSON_COLUMNS.contains(name)) {
                JsonNode node = JSON.readTree(value);
                root.set(name, node);
            } else {
                root.put(name, value);
            }
        }
        return root;
    }

    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(record)" : path.toString();
    }

    private static String reason(JacksonException e) {
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException) {
            return "wrong type of value";
        }
        return "malformed JSON";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
