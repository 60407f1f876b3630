package nl.meldpunt.casework;

import java.util.Collection;
import java.util.Map;

/**
 * JSON text of the small detail maps of imported history entries (strings, numbers, booleans, lists of those),
 * written by hand: the bulk import writes ten of them per case, and Jackson's general serializer was a tenth of
 * the import's JVM time. Any other value falls back to Jackson. PostgreSQL stores the result as jsonb, so only the
 * meaning counts, not the spacing.
 */
final class SmallJson {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private SmallJson() {}

    static String write(Map<String, ?> map) {
        StringBuilder out = new StringBuilder(64 + map.size() * 24);
        if (!object(out, map)) {
            return JSON.writeValueAsString(map);
        }
        return out.toString();
    }

    private static boolean object(StringBuilder out, Map<String, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            if (!value(out, e.getValue())) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Enum<?> e) {
            string(out, e.name());
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (!value(out, item)) {
                    return false;
                }
            }
            out.append(']');
        } else {
            return false;
        }
        return true;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
