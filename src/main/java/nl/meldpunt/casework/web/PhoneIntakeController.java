package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseSummary;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering an intake by hand (/intake/nieuw): a phone call while it happens, or a letter, e-mail or internal
 * signal. First a search for an existing case or person, then the form. Only for roles that handle cases.
 */
@Controller
class PhoneIntakeController {

    private static final int SEARCH_LIMIT = 8;

    private final CaseRegistration registration;
    private final CaseQueries queries;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    private final nl.meldpunt.platform.AccessLog accessLog;

    PhoneIntakeController(CaseRegistration registration, CaseQueries queries, ReferenceData reference,
            MessageSource messages, Clock clock, nl.meldpunt.platform.AccessLog accessLog) {
        this.accessLog = accessLog;
        this.registration = registration;
        this.queries = queries;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    public record SearchResults(String q, List<CaseSummary> byNumber, List<CaseSummary> byText,
            List<CaseSummary> byPerson) {

        public boolean searched() {
            return q != null;
        }

        public boolean empty() {
            return byNumber.isEmpty() && byText.isEmpty() && byPerson.isEmpty();
        }
    }

    @GetMapping("/intake/nieuw")
    String form(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", PhoneIntakeForm.empty());
        model.addAttribute("search", search(q));
        return page(model, Map.of());
    }

    @GetMapping("/intake/zoeken")
    String searchFragment(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("search", search(q));
        return "casework/intake :: search-results";
    }

    @PostMapping("/intake/nieuw")
    String register(@Valid @ModelAttribute("form") PhoneIntakeForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<NewAttachment> attachments = PhoneIntake.attachments(files, keys);
        PhoneIntake.check(form, attachments, clock, keys);
        Map<String, String> errors = new LinkedHashMap<>(Forms.errors(binding, messages, locale));
        keys.forEach((field, key) -> errors.putIfAbsent(field, messages.getMessage(key, null, locale)));
        if (errors.isEmpty()) {
            try {
                RegisteredCase registered = registration.register(PhoneIntake.toNewCase(form, attachments,
                        messages.getMessage("casework.intake.emailSeparator", null, locale)));
                redirect.addFlashAttribute("registered", registered.caseNumber().value());
                return "redirect:/zaken/" + registered.caseNumber().value();
            } catch (InvalidInput e) {
                errors.putAll(Forms.codeErrors(e.errors(), messages, locale));
            }
        }
        response.setStatus(400);
        model.addAttribute("search", search(null));
        return page(model, errors);
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("channels", PhoneIntake.CHANNELS);
        model.addAttribute("relations", List.of(ReporterRelation.values()));
        model.addAttribute("contactPreferences", List.of(ContactPreference.values()));
        model.addAttribute("kinds", reference.active(ReferenceList.KIND));
        model.addAttribute("reporterTypes", reference.active(ReferenceList.REPORTER_TYPE));
        model.addAttribute("sectors", reference.active(ReferenceList.SECTOR));
        model.addAttribute("urgencies", reference.active(ReferenceList.URGENCY));
        model.addAttribute("themes", reference.active(ReferenceList.THEME));
        return "casework/intake";
    }

    private SearchResults search(String query) {
        String q = Forms.blankToNull(query);
        if (q == null || q.length() < 2) {
            return new SearchResults(q, List.of(), List.of(), List.of());
        }
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<CaseSummary> byNumber = new ArrayList<>();
        String upper = q.toUpperCase(Locale.ROOT);
        if (CaseNumber.isValid(upper)) {
            queries.find(upper, false).ifPresent(c -> byNumber.add(new CaseSummary(c.id(), c.caseNumber(),
                    c.status(), c.channel(), c.kind(), c.sector(), c.urgency(), c.themes(), c.receivedAt(),
                    c.subjects().isEmpty() ? null : c.subjects().getFirst().name(), excerpt(c.description()))));
        }
        List<CaseSummary> byText = queries.search(
                new CaseFilter(q, null, null, null, null, null, null, null, null), 0, SEARCH_LIMIT).items();
        List<CaseSummary> byPerson = queries.findByPerson(q, SEARCH_LIMIT);
        accessLog.recordResults(java.util.stream.Stream.of(byNumber, byText, byPerson).flatMap(List::stream)
                .map(CaseSummary::caseNumber).toList());
        return new SearchResults(q, byNumber, byText, byPerson);
    }

    private static String excerpt(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160);
    }
}
