package nl.meldpunt.correspondence;

import java.time.Instant;
import java.util.Map;

/**
 * A letter or e-mail template.
 *
 * @param recipient who it is written for
 * @param discloses what it reveals about the citizen when sent to a provider (null: nothing)
 * @param texts per language ({@code nl}, {@code en})
 */
public record Template(String code, RecipientKind recipient, DisclosureScope discloses, int sortOrder,
        boolean retired, Map<String, Text> texts) {

    /** The text of one language: a title for staff, the subject and the body (plain text with placeholders). */
    public record Text(String language, String title, String subject, String body, Instant updatedAt,
            String updatedBy) {}

    public Text text(String language) {
        Text text = texts.get(language);
        return text != null ? text : texts.get("nl");
    }
}
