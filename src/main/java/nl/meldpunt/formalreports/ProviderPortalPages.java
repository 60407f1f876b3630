package nl.meldpunt.formalreports;

import java.io.IOException;
import java.util.Map;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a logged-in reporting organisation (role PROVIDER_USER): its own reports, the report forms (draft and
 * submit), a report's status and question thread, and the calamity investigation report upload. Every report is
 * looked up through the user's own KvK and establishment number; another organisation's report is "not found".
 */
@Controller
@RequestMapping("/aanbieder")
class ProviderPortalPages {

    private final FormalReports reports;
    private final ProviderAccounts accounts;
    private final CaseQueries cases;
    private final MirUpload mir;

    ProviderPortalPages(FormalReports reports, ProviderAccounts accounts, CaseQueries cases, MirUpload mir) {
        this.reports = reports;
        this.accounts = accounts;
        this.cases = cases;
        this.mir = mir;
    }

    @GetMapping
    String list(Model model) {
        Organisation org = organisation();
        model.addAttribute("org", org);
        model.addAttribute("reports", reports.ofOrganisation(org));
        model.addAttribute("types", ReportType.values());
        return "formalreports/portal";
    }

    @GetMapping("/meldingen/nieuw/{slug}")
    String newForm(@PathVariable String slug, Model model) {
        return form(model, type(slug), null, Map.of(), Map.of());
    }

    @PostMapping("/meldingen/nieuw/{slug}")
    String submitNew(@PathVariable String slug, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return handle(type(slug), null, params, model, redirect);
    }

    @GetMapping("/meldingen/{id}/bewerken")
    String editDraft(@PathVariable long id, Model model) {
        FormalReport draft = draft(id);
        return form(model, draft.type(), id, draft.fields(), Map.of());
    }

    @PostMapping("/meldingen/{id}/bewerken")
    String submitDraft(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return handle(draft(id).type(), id, params, model, redirect);
    }

    @GetMapping("/meldingen/{id}")
    String report(@PathVariable long id, Model model) {
        FormalReport report = reports.own(id, organisation());
        if (report.isDraft()) {
            return "redirect:/aanbieder/meldingen/" + id + "/bewerken";
        }
        model.addAttribute("report", report);
        model.addAttribute("caseStatus", cases.find(report.caseNumber(), false).map(CaseView::status).orElse(null));
        model.addAttribute("thread", reports.thread(report));
        model.addAttribute("errors", Map.of());
        return "formalreports/report";
    }

    @PostMapping("/meldingen/{id}/antwoord")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String message, Model model,
            RedirectAttributes redirect) {
        try {
            reports.answer(id, organisation(), message);
        } catch (InvalidInput e) {
            report(id, model);
            model.addAttribute("errors", e.errors());
            model.addAttribute("message", message);
            return "formalreports/report";
        }
        redirect.addFlashAttribute("saved", "formalreports.thread.sent");
        return "redirect:/aanbieder/meldingen/" + id;
    }

    @PostMapping("/meldingen/{id}/document")
    String followUpDocument(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            reports.addFollowUpDocument(id, organisation(), file == null ? null : file.getOriginalFilename(),
                    content);
        } catch (InvalidInput e) {
            report(id, model);
            model.addAttribute("errors", e.errors());
            return "formalreports/report";
        }
        redirect.addFlashAttribute("saved", "formalreports.followUp.received." + reports.own(id, organisation()).type().name());
        return "redirect:/aanbieder/meldingen/" + id;
    }

    @GetMapping("/mir")
    String mirForm(Model model) {
        organisation();
        return "formalreports/mir-upload";
    }

    @PostMapping("/mir")
    String mirUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Organisation org = organisation();
        try {
            FormalReport report = mir.submit(file == null ? new byte[0] : file.getBytes(), org, Channel.WEB_FORM);
            return "redirect:/aanbieder/meldingen/" + report.id() + "?ingediend";
        } catch (MirUpload.InvalidMir e) {
            model.addAttribute("mirError", e.getMessage());
            return "formalreports/mir-upload";
        } catch (InvalidInput e) {
            model.addAttribute("mirError", String.join("; ", e.errors().keySet()));
            return "formalreports/mir-upload";
        }
    }

    private String handle(ReportType type, Long draftId, Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Organisation org = organisation();
        try {
            if ("draft".equals(params.get("action"))) {
                long id = reports.saveDraft(draftId, type, org, params);
                redirect.addFlashAttribute("saved", "formalreports.draft.saved");
                return "redirect:/aanbieder/meldingen/" + id + "/bewerken";
            }
            FormalReport submitted = reports.submit(draftId, type, org, params, Channel.WEB_FORM);
            return "redirect:/aanbieder/meldingen/" + submitted.id() + "?ingediend";
        } catch (InvalidInput e) {
            return form(model, type, draftId, FormalReports.clean(type, params), e.errors());
        }
    }

    private String form(Model model, ReportType type, Long draftId, Map<String, String> values,
            Map<String, String> errors) {
        organisation();
        model.addAttribute("type", type);
        model.addAttribute("draftId", draftId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("action", draftId == null
                ? "/aanbieder/meldingen/nieuw/" + type.slug() : "/aanbieder/meldingen/" + draftId + "/bewerken");
        return "formalreports/form";
    }

    private FormalReport draft(long id) {
        FormalReport report = reports.own(id, organisation());
        if (!report.isDraft()) {
            throw new NotFound("Draft " + id);
        }
        return report;
    }

    private static ReportType type(String slug) {
        return ReportType.bySlug(slug).orElseThrow(() -> new NotFound("Report form " + slug));
    }

    /** The user's organisation; 403 for an account disabled after it logged in (its session ends with no access). */
    private Organisation organisation() {
        if (!accounts.enabled(CurrentUser.name())) {
            throw new org.springframework.security.access.AccessDeniedException("Provider account disabled");
        }
        return accounts.of(CurrentUser.name()).orElseThrow(() -> new NotFound("Provider account"));
    }
}
