package nl.meldpunt.privacy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalRecord;
import nl.meldpunt.privacy.Decision;
import nl.meldpunt.privacy.PrivacyRequest;
import nl.meldpunt.privacy.PrivacyRequest.RecordRef;
import nl.meldpunt.privacy.PrivacyRegister;
import nl.meldpunt.privacy.RequestForm;
import nl.meldpunt.privacy.RequestType;
import nl.meldpunt.privacy.SubjectRights;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's pages for data-subject rights: find a person, choose the records a request is about,
 * record the decision (which is then carried out) and download the export of an access request.
 * For ADMIN now; PRIVACY_OFFICER once that role exists (see AccessRules).
 */
@Controller
class SubjectRightsPages {

    private final SubjectRights rights;
    private final PrivacyRegister register;

    SubjectRightsPages(SubjectRights rights, PrivacyRegister register) {
        this.rights = rights;
        this.register = register;
    }

    /** The person sought and the request being entered, as typed (kept when the page comes back with errors). */
    public record Search(String name, String email, String phone, LocalDate dob) {
        PersonQuery query() {
            return new PersonQuery(cut(name, 200), cut(email, 320), cut(phone, 40), dob);
        }

        public boolean searched() {
            return !query().hasNoCriteria();
        }
    }

    public record Entry(String type, String requester, String receivedOn, String decision, String legalGround,
            List<String> records, String cName, String cEmail, String cPhone, String cAddress) {}

    @GetMapping("/privacy")
    String index(Model model) {
        model.addAttribute("requests", register.latest(50));
        return "privacy/index";
    }

    @GetMapping("/privacy/personen")
    String person(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
            Model model) {
        Search search = new Search(name, email, phone, dob);
        return personPage(model, search, new Entry(null, null, null, null, null, List.of(), null, null, null, null),
                Map.of());
    }

    @PostMapping("/privacy/verzoeken")
    String decide(Search search, Entry entry, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        RequestType type = parse(RequestType.class, entry.type(), "type", errors);
        Decision decision = parse(Decision.class, entry.decision(), "decision", errors);
        LocalDate received = null;
        if (entry.receivedOn() != null && !entry.receivedOn().isBlank()) {
            try {
                received = LocalDate.parse(entry.receivedOn().strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("receivedOn", "privacy.error.date");
            }
        }
        List<RecordRef> refs = new ArrayList<>();
        try {
            (entry.records() == null ? List.<String>of() : entry.records()).forEach(r -> refs.add(RecordRef.parse(r)));
        } catch (InvalidInput e) {
            errors.put("records", "privacy.error.records");
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        put(corrections, "name", entry.cName());
        put(corrections, "email", entry.cEmail());
        put(corrections, "phone", entry.cPhone());
        put(corrections, "postalAddress", entry.cAddress());
        if (errors.isEmpty()) {
            try {
                long id = rights.decide(new RequestForm(type, entry.requester(), received, search.query(), refs,
                        decision, entry.legalGround(), corrections));
                return "redirect:/privacy/verzoeken/" + id;
            } catch (InvalidInput e) {
                e.errors().keySet().forEach(field -> errors.put(field, "privacy.error." + field));
            }
        }
        response.setStatus(400);
        return personPage(model, search, entry, errors);
    }

    @GetMapping("/privacy/verzoeken/{id}")
    String request(@PathVariable long id, Model model) {
        model.addAttribute("r", load(id));
        return "privacy/request";
    }

    @GetMapping("/privacy/verzoeken/{id}/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable long id) {
        PrivacyRequest r = exportable(id);
        return download(register.exportJson(r), MediaType.APPLICATION_JSON, "inzage-" + id + ".json");
    }

    @GetMapping("/privacy/verzoeken/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable long id, java.util.Locale locale) {
        PrivacyRequest r = exportable(id);
        return download(register.exportPdf(r, locale), MediaType.APPLICATION_PDF, "inzage-" + id + ".pdf");
    }

    private String personPage(Model model, Search search, Entry entry, Map<String, String> errors) {
        List<PersonalRecord> found = search.searched() ? rights.find(search.query()) : List.of();
        model.addAttribute("search", search);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        model.addAttribute("found", found);
        model.addAttribute("types", RequestType.values());
        model.addAttribute("decisions", Decision.values());
        return "privacy/person";
    }

    private PrivacyRequest load(long id) {
        return register.find(id).orElseThrow(() -> new NotFound("Request"));
    }

    private PrivacyRequest exportable(long id) {
        PrivacyRequest r = load(id);
        if (r.type() != RequestType.ACCESS || r.decision() == Decision.REFUSED) {
            throw new NotFound("Export");
        }
        return r;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.put(field, "privacy.error." + field);
        return null;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
