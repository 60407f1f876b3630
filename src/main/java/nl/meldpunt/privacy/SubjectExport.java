package nl.meldpunt.privacy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.PersonalRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export for an access request (AVG art. 15): everything every module keeps on the person's cases, as
 * machine-readable JSON and as a readable PDF. Both are built from the same data.
 */
@Component
class SubjectExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SubjectRights rights;
    private final MessageSource messages;

    SubjectExport(SubjectRights rights, MessageSource messages) {
        this.rights = rights;
        this.messages = messages;
    }

    byte[] json(PrivacyRequest request) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "meldpunt-subject-export/1");
        doc.put("request", Map.of("id", request.id(), "type", request.type().name(),
                "receivedOn", request.receivedOn().toString(), "doneAt", String.valueOf(request.doneAt())));
        List<Map<String, Object>> cases = new ArrayList<>();
        data(request).forEach((caseNumber, records) -> {
            List<Map<String, Object>> items = new ArrayList<>();
            records.forEach(r -> items.add(Map.of("source", r.source(), "kind", r.kind(), "id", r.recordId(),
                    "fields", r.fields())));
            cases.add(Map.of("caseNumber", caseNumber, "records", items));
        });
        doc.put("cases", cases);
        return JSON.writeValueAsBytes(doc);
    }

    byte[] pdf(PrivacyRequest request, Locale locale) {
        StringBuilder html = new StringBuilder("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>export</title><style>
                body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; }
                th { text-align: left; vertical-align: top; width: 30%; } td { white-space: pre-wrap; }
                table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }
                th, td { border-bottom: 1px solid #ccc; padding: 2pt; }
                </style></head><body>""");
        html.append("<h1>").append(esc(msg("privacy.export.title", locale))).append("</h1>");
        html.append("<p>").append(esc(msg("privacy.export.intro", locale, request.id(),
                request.receivedOn().format(DAY),
                request.doneAt() == null ? "" : request.doneAt().atZone(Amsterdam.ZONE).format(DAY)))).append("</p>");
        data(request).forEach((caseNumber, records) -> {
            html.append("<h2>").append(esc(msg("privacy.export.case", locale, caseNumber))).append("</h2>");
            for (PersonalRecord r : records) {
                html.append("<table><tr><th colspan=\"2\">")
                        .append(esc(label("privacy.kind." + r.kind(), r.kind(), locale))).append("</th></tr>");
                r.fields().forEach((field, value) -> html.append("<tr><th>")
                        .append(esc(label("privacy.field." + field, field, locale))).append("</th><td>")
                        .append(esc(value)).append("</td></tr>"));
                html.append("</table>");
            }
        });
        html.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<PersonalRecord>> data(PrivacyRequest request) {
        List<String> caseNumbers = request.records().stream().map(PrivacyRequest.RecordRef::caseNumber).toList();
        return rights.onCases(caseNumbers);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** XML-escapes and drops characters XML cannot hold (NUL, other controls, lone surrogates). */
    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
