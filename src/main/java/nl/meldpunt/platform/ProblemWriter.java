package nl.meldpunt.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem outside Spring MVC (security filters). */
@Component
public class ProblemWriter {

    /** Every problem type Meldpunt names lives under this URI. */
    public static final String TYPE_BASE = "https://meldpunt.nl/problems/";

    private final JsonMapper json = JsonMapper.builder().build();

    public static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    public void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", titleFor(status));
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 400 -> "Bad Request";
            default -> {
                var known = org.springframework.http.HttpStatus.resolve(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }
}
