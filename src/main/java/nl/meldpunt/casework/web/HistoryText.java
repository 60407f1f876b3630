package nl.meldpunt.casework.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.HistoryEntry;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns history entries (action + JSON details) into readable lines in the viewer's language: "Sector:
 * Huisartsenzorg → Ouderenzorg (intramuraal)", "Status: Ontvangen → In behandeling". Codes show as labels: from the
 * reference data (sector, closure outcome, …) or, for the fixed codes of other details, from the message
 * {@code casework.code.<detail>.<CODE>} that the module recording the detail puts in its bundle (e.g.
 * {@code casework.code.authorisationScope.BOTH}); a code without a label shows as it is.
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

    /** {@code when} is the moment as the page shows it (Amsterdam time), formatted once here rather than per row. */
    public record HistoryLine(Instant occurredAt, String when, String actor, String action, List<String> details,
            String reason) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(Amsterdam.ZONE);

    List<HistoryLine> lines(List<HistoryEntry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        return entries.stream().map(e -> new HistoryLine(e.occurredAt(), WHEN.format(e.occurredAt()), e.actor(),
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
                ReferenceList list = list(entry.action(), field.getKey());
                if (change.isObject() && (change.has("from") || change.has("to"))) {
                    lines.add(msg("casework.history.change", locale, fieldLabel(field.getKey(), locale),
                            value(field.getKey(), list, change.get("from"), locale),
                            value(field.getKey(), list, change.get("to"), locale)));
                } else {
                    lines.add(msg("casework.history.value", locale, fieldLabel(field.getKey(), locale),
                            value(field.getKey(), list, change, locale)));
                }
            });
        }
        return lines;
    }

    /** The reference list a detail's codes come from; "outcome" is a closure outcome only on a closure. */
    private static ReferenceList list(HistoryAction action, String field) {
        if ("outcome".equals(field)) {
            return action == HistoryAction.CLOSED ? ReferenceList.CLOSURE_OUTCOME : null;
        }
        return CODED.get(field);
    }

    private String value(String field, JsonNode value, Locale locale) {
        return value(field, CODED.get(field), value, locale);
    }

    private String value(String field, ReferenceList list, JsonNode value, Locale locale) {
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            return msg("casework.history.empty", locale);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(label(field, list, v.asString(), locale)));
            return String.join(", ", parts);
        }
        return label(field, list, value.isString() ? value.asString() : value.toString(), locale);
    }

    private String label(String field, ReferenceList list, String code, Locale locale) {
        if (list != null) {
            return labels.of(list, code);
        }
        return messages.getMessage("casework.code." + field + "." + code, null, code, locale);
    }

    private String fieldLabel(String field, Locale locale) {
        return messages.getMessage("casework.field." + field, null, field, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
