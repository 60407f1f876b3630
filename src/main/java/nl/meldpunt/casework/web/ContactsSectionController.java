package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-page section "Contacten": the contact log, newest first — calls in and out (also those nobody answered),
 * e-mails and letters (those sent from the case are logged by themselves), notes — and a form to log one.
 */
@Controller
class ContactsSectionController {

    static final String TEMPLATE = "casework/contacts";
    private static final int MAX_SUMMARY = 4000;

    private final CaseQueries queries;
    private final ContactLog contacts;
    private final MessageSource messages;

    ContactsSectionController(CaseQueries queries, ContactLog contacts, MessageSource messages) {
        this.queries = queries;
        this.contacts = contacts;
        this.messages = messages;
    }

    /** Contact summaries may hold personal data: for those who handle or decide on the case. */
    static boolean mayView() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN, Role.INSPECTOR);
    }

    static boolean mayLog() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN);
    }

    @GetMapping("/zaken/{caseNumber}/contacten")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        return Sections.render(TEMPLATE, request, fill(caseNumber, model, Map.of(), Map.of()));
    }

    @PostMapping("/zaken/{caseNumber}/contacten")
    String log(@PathVariable String caseNumber, @RequestParam Map<String, String> values,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
            Locale locale) {
        queries.requireId(caseNumber);
        if (!mayLog()) {
            throw new org.springframework.security.access.AccessDeniedException("contacts");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ContactMedium medium = choice(values, "medium", ContactMedium.class, errors);
        ContactDirection direction = choice(values, "direction", ContactDirection.class, errors);
        ContactOutcome outcome = choice(values, "outcome", ContactOutcome.class, errors);
        Instant occurredAt = occurredAt(values.get("occurredAt"), errors);
        Integer duration = minutes(values.get("durationMinutes"), errors);
        String summary = Forms.blankToNull(values.get("summary"));
        if (summary != null && summary.length() > MAX_SUMMARY) {
            errors.put("summary", "contacts.error.summary");
        }
        if (errors.isEmpty()) {
            try {
                contacts.log(caseNumber, new NewContact(occurredAt, medium, direction, outcome, duration, summary));
            } catch (InvalidInput e) {
                e.errors().keySet().forEach(field -> errors.put(field, "contacts.error." + field));
            }
        }
        if (!errors.isEmpty()) {
            Sections.failed(request, response, 400);
            Map<String, String> shown = new LinkedHashMap<>();
            errors.forEach((field, key) -> shown.put(field, messages.getMessage(key, null,
                    messages.getMessage("casework.error.invalidValue", null, locale), locale)));
            return Sections.render(TEMPLATE, request, fill(caseNumber, model, shown, values));
        }
        if (Sections.fromHtmx(request)) {
            fill(caseNumber, model, Map.of(), Map.of());
        }
        return Sections.done(TEMPLATE, "/zaken/" + caseNumber + "/contacten", request, model, redirect,
                "contacts.saved");
    }

    private static <E extends Enum<E>> E choice(Map<String, String> values, String field, Class<E> type,
            Map<String, String> errors) {
        String v = Forms.blankToNull(values.get(field));
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        errors.put(field, "contacts.error." + field);
        return null;
    }

    /** A moment typed in Dutch local time (datetime-local); empty means now. */
    private static Instant occurredAt(String value, Map<String, String> errors) {
        String v = Forms.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(Amsterdam.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("occurredAt", "contacts.error.occurredAt");
            return null;
        }
    }

    private static Integer minutes(String value, Map<String, String> errors) {
        String v = Forms.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(v);
            if (minutes < 0 || minutes > 24 * 60) {
                throw new NumberFormatException();
            }
            return minutes * 60;
        } catch (NumberFormatException e) {
            errors.put("durationMinutes", "contacts.error.durationMinutes");
            return null;
        }
    }

    private Model fill(String caseNumber, Model model, Map<String, String> errors, Map<String, String> values) {
        long caseId = queries.requireId(caseNumber);
        boolean mayView = mayView();
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("mayView", mayView);
        model.addAttribute("mayLog", mayLog() && queries.find(caseNumber, false)
                .map(c -> c.status().isOpen()).orElse(false));
        model.addAttribute("contacts", mayView ? contacts.forCase(caseId).reversed() : List.of());
        model.addAttribute("media", ContactMedium.values());
        model.addAttribute("directions", ContactDirection.values());
        model.addAttribute("outcomes", List.of(ContactOutcome.REACHED, ContactOutcome.NO_ANSWER));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return model;
    }
}
