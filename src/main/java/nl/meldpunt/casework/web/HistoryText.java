package nl.meldpunt.casework.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.HistoryEntry;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns history entries (action + JSON details) into readable lines in the viewer's language: "Sector:
 * Huisartsenzorg → Ouderenzorg (intramuraal)", "Status: Ontvangen → In behandeling".
 */
@Component
class HistoryText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, ReferenceList> CODED = Map.of(
            "kind", ReferenceList.KIND,
            "reporterType", ReferenceList.REPORTER_TYPE,
            "sector", ReferenceList.SECTOR,
            "urgency", ReferenceList.URGENCY,
            "themes", ReferenceList.THEME);

    private final MessageSource messages;
    private final CaseLabels labels;

    HistoryText(MessageSource messages, CaseLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public record HistoryLine(Instant occurredAt, String actor, String action, List<String> details,
            String reason) {}

    List<HistoryLine> lines(List<HistoryEntry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        return entries.stream().map(e -> new HistoryLine(e.occurredAt(), e.actor(),
                msg("casework.history." + e.action().name(), locale), details(e, locale), e.reason())).toList();
    }

    private List<String> details(HistoryEntry entry, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (entry.details() == null) {
            return lines;
        }
        JsonNode node = JSON.readTree(entry.details());
        switch (entry.action()) {
            case REGISTERED -> {
                if (node.hasNonNull("channel")) {
                    lines.add(msg("casework.history.channel", locale,
                            msg("casework.channel." + node.get("channel").asString(), locale)));
                }
                for (String field : List.of("kind", "sector", "urgency", "themes")) {
                    if (node.hasNonNull(field)) {
                        lines.add(msg("casework.history.value", locale, fieldLabel(field, locale),
                                value(field, node.get(field), locale)));
                    }
                }
                if (node.hasNonNull("attachments") && node.get("attachments").asInt() > 0) {
                    lines.add(msg("casework.history.attachments", locale, node.get("attachments").asInt()));
                }
            }
            case STATUS_CHANGED -> lines.add(msg("casework.history.change", locale,
                    msg("casework.field.status", locale),
                    msg("casework.status." + node.path("from").asString(), locale),
                    msg("casework.status." + node.path("to").asString(), locale)));
            case ATTACHMENT_ADDED, ATTACHMENT_DOWNLOADED -> lines.add(
                    msg("casework.history.filename", locale, node.path("filename").asString()));
            default -> node.properties().forEach(field -> {
                JsonNode change = field.getValue();
                if (change.isObject() && (change.has("from") || change.has("to"))) {
                    lines.add(msg("casework.history.change", locale, fieldLabel(field.getKey(), locale),
                            value(field.getKey(), change.get("from"), locale),
                            value(field.getKey(), change.get("to"), locale)));
                } else {
                    lines.add(msg("casework.history.value", locale, fieldLabel(field.getKey(), locale),
                            value(field.getKey(), change, locale)));
                }
            });
        }
        return lines;
    }

    private String value(String field, JsonNode value, Locale locale) {
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            return msg("casework.history.empty", locale);
        }
        ReferenceList list = CODED.get(field);
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(list == null ? v.asString() : labels.of(list, v.asString())));
            return String.join(", ", parts);
        }
        String text = value.isString() ? value.asString() : value.toString();
        return list == null ? text : labels.of(list, text);
    }

    private String fieldLabel(String field, Locale locale) {
        return messages.getMessage("casework.field." + field, null, field, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
