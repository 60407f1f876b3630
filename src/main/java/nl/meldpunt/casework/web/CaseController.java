package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.AttachmentContent;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.IllegalTransition;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page (/zaken/{caseNumber}): everything registered, the history, attachments, and the forms to
 * classify the case and move it through its lifecycle.
 */
@Controller
class CaseController {

    private final CaseQueries queries;
    private final CaseEditing editing;
    private final ReferenceData reference;
    private final HistoryText historyText;
    private final MessageSource messages;

    CaseController(CaseQueries queries, CaseEditing editing, ReferenceData reference, HistoryText historyText,
            MessageSource messages) {
        this.queries = queries;
        this.editing = editing;
        this.reference = reference;
        this.historyText = historyText;
        this.messages = messages;
    }

    /**
     * The case page shows the newest history entries, oldest of them first; a long history's earlier entries are one
     * link away ({@code ?geschiedenis=alles}). Rendering 200 entries was most of the page's CPU (decision 2680).
     */
    static final int HISTORY_SHOWN = 50;

    static boolean mayViewReporter() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN);
    }

    @GetMapping("/zaken/{caseNumber}")
    String show(@PathVariable String caseNumber,
            @RequestParam(name = "geschiedenis", required = false) String historyScope, Model model) {
        CaseView c = load(caseNumber);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ClassificationForm.of(c));
        }
        model.addAttribute("wholeHistory", "alles".equals(historyScope));
        return page(c, model);
    }

    @PostMapping("/zaken/{caseNumber}/classificatie")
    String classify(@PathVariable String caseNumber, @Valid @ModelAttribute("form") ClassificationForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        if (binding.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("errors", Forms.errors(binding, messages, locale));
            model.addAttribute("formMessage", "casework.case.edit.invalid");
            return page(load(caseNumber), model);
        }
        try {
            editing.classify(caseNumber, form.version(), form.classification(), form.reason());
        } catch (OptimisticLockingFailureException e) {
            CaseView current = load(caseNumber);
            response.setStatus(409);
            model.addAttribute("form", form.withVersion(current.version()));
            model.addAttribute("formMessage", "casework.case.edit.conflict");
            return page(current, model);
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("errors", Forms.codeErrors(e.errors(), messages, locale));
            model.addAttribute("formMessage", "casework.case.edit.invalid");
            return page(load(caseNumber), model);
        }
        redirect.addFlashAttribute("saved", "casework.case.edit.saved");
        return "redirect:/zaken/" + caseNumber;
    }

    @PostMapping("/zaken/{caseNumber}/status")
    String changeStatus(@PathVariable String caseNumber, @RequestParam long version, @RequestParam String status,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseStatus next = parseStatus(status);
        if (next == null || !nl.meldpunt.casework.LifecycleRules.settableByHand(next)) {
            response.setStatus(400);
            model.addAttribute("statusMessage", "casework.case.status.illegal");
            return showAfterFailure(caseNumber, model);
        }
        String why = Forms.blankToNull(reason);
        if (why != null && why.length() > 2000) {
            why = why.substring(0, 2000);
        }
        try {
            editing.changeStatus(caseNumber, version, next, why);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            model.addAttribute("statusMessage", "casework.case.edit.conflict");
            return showAfterFailure(caseNumber, model);
        } catch (IllegalTransition e) {
            response.setStatus(409);
            model.addAttribute("statusMessage", "casework.case.status.illegal");
            return showAfterFailure(caseNumber, model);
        }
        redirect.addFlashAttribute("saved", "casework.case.status.saved");
        return "redirect:/zaken/" + caseNumber;
    }

    @GetMapping("/zaken/{caseNumber}/bijlagen/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long attachmentId) {
        long caseId = queries.requireId(caseNumber);
        AttachmentContent file = queries.attachment(caseId, attachmentId).orElseThrow(() -> new NotFound("File"));
        String filename = AttachmentPolicy.safeFilename(file.filename(), file.contentType());
        editing.recordDownload(caseId, attachmentId, filename);
        MediaType type = AttachmentPolicy.STAFF_TYPES.contains(file.contentType())
                ? MediaType.parseMediaType(file.contentType())
                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private String showAfterFailure(String caseNumber, Model model) {
        CaseView c = load(caseNumber);
        model.addAttribute("form", ClassificationForm.of(c));
        return page(c, model);
    }

    private String page(CaseView c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("mayViewReporter", mayViewReporter());
        var entries = queries.history(c.id());
        int hidden = Boolean.TRUE.equals(model.getAttribute("wholeHistory"))
                ? 0 : Math.max(0, entries.size() - HISTORY_SHOWN);
        model.addAttribute("history", historyText.lines(entries.subList(hidden, entries.size())));
        model.addAttribute("historyHidden", hidden);
        model.addAttribute("nextStatuses", c.status().next().stream()
                .filter(nl.meldpunt.casework.LifecycleRules::settableByHand)
                .sorted(Comparator.comparing(CaseStatus::ordinal)).toList());
        model.addAttribute("kinds", choices(ReferenceList.KIND, c.kind()));
        model.addAttribute("reporterTypes", choices(ReferenceList.REPORTER_TYPE, c.reporterType()));
        model.addAttribute("sectors", choices(ReferenceList.SECTOR, c.sector()));
        model.addAttribute("urgencies", choices(ReferenceList.URGENCY, c.urgency()));
        model.addAttribute("themes", reference.all(ReferenceList.THEME).stream()
                .filter(t -> !t.retired() || c.themes().contains(t.code())).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "casework/case";
    }

    /** The active entries, plus the case's current entry when it has been retired since. */
    private List<nl.meldpunt.reference.ReferenceItem> choices(ReferenceList list, String current) {
        return reference.all(list).stream().filter(i -> !i.retired() || i.code().equals(current)).toList();
    }

    private CaseView load(String caseNumber) {
        return queries.require(caseNumber, mayViewReporter());
    }

    private static CaseStatus parseStatus(String status) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
