package nl.meldpunt.correspondence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The templates administrators maintain; a text is checked for unknown placeholders before it is saved. */
@Component
class Templates {

    static final List<String> LANGUAGES = List.of("nl", "en");

    private final JdbcClient jdbc;
    private final Clock clock;

    Templates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Template> all() {
        Map<String, Map<String, Template.Text>> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM correspondence_template_text ORDER BY code, language").query(rs -> {
            texts.computeIfAbsent(rs.getString("code"), c -> new LinkedHashMap<>()).put(rs.getString("language"),
                    new Template.Text(rs.getString("language"), rs.getString("title"), rs.getString("subject"),
                            rs.getString("body"), rs.getTimestamp("updated_at").toInstant(),
                            rs.getString("updated_by")));
        });
        return jdbc.sql("SELECT * FROM correspondence_template ORDER BY sort_order, code")
                .query((rs, n) -> new Template(rs.getString("code"), RecipientKind.valueOf(rs.getString("recipient")),
                        rs.getString("discloses") == null ? null : DisclosureScope.valueOf(rs.getString("discloses")),
                        rs.getInt("sort_order"), rs.getBoolean("retired"),
                        texts.getOrDefault(rs.getString("code"), Map.of())))
                .list();
    }

    List<Template> active() {
        return all().stream().filter(t -> !t.retired()).toList();
    }

    Optional<Template> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Creates or changes a template's settings. */
    @Transactional
    void saveSettings(String code, RecipientKind recipient, DisclosureScope discloses, int sortOrder,
            boolean retired) {
        jdbc.sql("""
                INSERT INTO correspondence_template (code, recipient, discloses, sort_order, retired)
                VALUES (:code, :recipient, :discloses, :sort, :retired)
                ON CONFLICT (code) DO UPDATE SET recipient = :recipient, discloses = :discloses, sort_order = :sort,
                    retired = :retired
                """)
                .param("code", code)
                .param("recipient", recipient.name())
                .param("discloses", discloses == null ? null : discloses.name())
                .param("sort", sortOrder)
                .param("retired", retired)
                .update();
    }

    /** Saves one language's text; refuses placeholders that do not exist. */
    @Transactional
    void saveText(String code, String language, String title, String subject, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> unknownInSubject = Placeholders.unknown(subject);
        if (!unknownInSubject.isEmpty()) {
            errors.put("subject", "Unknown placeholder: " + String.join(", ", unknownInSubject));
        }
        List<String> unknownInBody = Placeholders.unknown(body);
        if (!unknownInBody.isEmpty()) {
            errors.put("body", "Unknown placeholder: " + String.join(", ", unknownInBody));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        jdbc.sql("""
                INSERT INTO correspondence_template_text (code, language, title, subject, body, updated_at, updated_by)
                VALUES (:code, :language, :title, :subject, :body, :at, :by)
                ON CONFLICT (code, language) DO UPDATE SET title = :title, subject = :subject, body = :body,
                    updated_at = :at, updated_by = :by
                """)
                .param("code", code)
                .param("language", language)
                .param("title", title)
                .param("subject", subject)
                .param("body", body)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.name())
                .update();
    }
}
