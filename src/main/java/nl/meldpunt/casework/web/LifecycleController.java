package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseHandling;
import nl.meldpunt.casework.CaseLifecycle;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.ForwardingState;
import nl.meldpunt.casework.IllegalTransition;
import nl.meldpunt.casework.InspectorDecision;
import nl.meldpunt.casework.InspectorForwarding;
import nl.meldpunt.casework.NewConsultation;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.casework.ProviderComplaints;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import nl.meldpunt.platform.RuleViolation;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-handling section of the case page (/zaken/{n}/behandeling): callback attempts, the provider's
 * complaint handling, consultation, forwarding, the inspector's acceptance and decision, the investigation's
 * result, closure and reopening. Loaded into the case page by htmx; without JavaScript it is a page of its own.
 * A refused form comes back with what was typed and the message next to the field or form.
 */
@Controller
class LifecycleController {

    private final CaseQueries queries;
    private final CaseLifecycle lifecycle;
    private final ProviderComplaints providerComplaints;
    private final InspectorForwarding forwarding;
    private final ContactLog contacts;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    LifecycleController(CaseQueries queries, CaseLifecycle lifecycle, ProviderComplaints providerComplaints,
            InspectorForwarding forwarding, ContactLog contacts, ReferenceData reference, MessageSource messages,
            Clock clock) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.providerComplaints = providerComplaints;
        this.forwarding = forwarding;
        this.contacts = contacts;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/zaken/{caseNumber}/behandeling")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        prepare(caseNumber, model);
        boolean fragment = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
        return fragment ? "casework/lifecycle-parts :: section" : "casework/lifecycle";
    }

    @PostMapping("/zaken/{caseNumber}/behandeling/{action}")
    String act(@PathVariable String caseNumber, @PathVariable String action,
            @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        LifecycleForm form = new LifecycleForm(values);
        Runnable step = switch (action) {
            case "terugbelpoging" -> () -> {
                ContactOutcome outcome = form.require("outcome").choice("outcome", ContactOutcome.class);
                if (outcome == ContactOutcome.SENT) {
                    form.reject("outcome");
                }
                String summary = form.text("summary");
                form.check();
                contacts.log(caseNumber, new NewContact(null, ContactMedium.PHONE, ContactDirection.OUTGOING, outcome,
                        null, summary));
            };
            case "aanbieder-klacht" -> () -> {
                LocalDate filedOn = form.require("filedOn").date("filedOn");
                form.check();
                providerComplaints.filed(caseNumber, form.version(), filedOn);
            };
            case "aanbieder-verlenging" -> () -> {
                Integer weeks = form.require("weeks", "reason").integer("weeks");
                form.check();
                providerComplaints.extended(caseNumber, form.version(), weeks, form.text("reason"));
            };
            case "aanbieder-antwoord" -> () -> {
                LocalDate answeredOn = form.require("answeredOn").date("answeredOn");
                form.check();
                providerComplaints.answered(caseNumber, form.version(), answeredOn, form.text("summary"));
            };
            case "overleg" -> () -> {
                form.require("consultedOn", "medium", "summary", "agreesToForwarding");
                LocalDate on = form.date("consultedOn");
                ContactMedium medium = form.choice("medium", ContactMedium.class);
                Boolean agrees = form.yesNo("agreesToForwarding");
                form.check();
                forwarding.consult(caseNumber, form.version(),
                        new NewConsultation(on, medium, form.text("summary"), agrees));
            };
            case "doorzetten" -> () -> {
                form.require("motivation", "urgency", "targetTeam").check();
                forwarding.forward(caseNumber, form.version(), form.text("motivation"), form.text("urgency"),
                        form.text("targetTeam"));
            };
            case "onderzoeksresultaat" -> () -> {
                LocalDate informedOn = form.require("result", "citizenInformedOn").date("citizenInformedOn");
                form.check();
                forwarding.recordInvestigationResult(caseNumber, form.version(), form.text("result"), informedOn);
            };
            case "afsluiten" -> () -> {
                form.require("outcome").check();
                lifecycle.close(caseNumber, form.version(), form.text("outcome"), form.text("note"));
            };
            case "heropenen" -> () -> {
                form.check();
                lifecycle.reopen(caseNumber, form.version(), form.text("reason"));
            };
            default -> throw new NotFound("Action");
        };
        return run(caseNumber, action, values, step, model, response, redirect, locale);
    }

    @PostMapping("/zaken/{caseNumber}/behandeling/inspecteur/{action}")
    String inspector(@PathVariable String caseNumber, @PathVariable String action,
            @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        LifecycleForm form = new LifecycleForm(values);
        Runnable step = switch (action) {
            case "accepteren" -> () -> {
                form.check();
                forwarding.accept(caseNumber, form.version());
            };
            case "teruggeven" -> () -> {
                form.require("reason").check();
                forwarding.giveBack(caseNumber, form.version(), form.text("reason"));
            };
            case "besluit" -> () -> {
                InspectorDecision decision = form.require("decision", "motivation")
                        .choice("decision", InspectorDecision.class);
                form.check();
                forwarding.decide(caseNumber, form.version(), decision, form.text("motivation"));
            };
            default -> throw new NotFound("Action");
        };
        return run(caseNumber, "inspecteur-" + action, values, step, model, response, redirect, locale);
    }

    private String run(String caseNumber, String action, Map<String, String> values, Runnable step, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", "lifecycle.saved." + action);
            return "redirect:/zaken/" + caseNumber;
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("errors", fieldMessages(e.errors(), values, locale));
            model.addAttribute("formMessage", "lifecycle.error.form");
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            model.addAttribute("formMessage", "lifecycle.conflict");
        } catch (IllegalTransition e) {
            response.setStatus(409);
            model.addAttribute("formMessage", "lifecycle.problem.illegal-transition");
        } catch (NotFound e) {
            throw e;
        } catch (RuleViolation e) {
            response.setStatus(e.status().value());
            model.addAttribute("formMessage", e.messageKey());
        }
        model.addAttribute("failedForm", action);
        model.addAttribute("values", values);
        prepare(caseNumber, model);
        return "casework/lifecycle";
    }

    private Map<String, String> fieldMessages(Map<String, String> found, Map<String, String> values, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        found.keySet().forEach(field -> {
            String value = values.get(field);
            String key = value == null || value.isBlank() ? "lifecycle.error.required" : "lifecycle.error.invalid";
            errors.put(field, messages.getMessage("lifecycle.error." + field,
                    null, messages.getMessage(key, null, locale), locale));
        });
        return errors;
    }

    private void prepare(String caseNumber, Model model) {
        CaseView c = queries.require(caseNumber, false);
        CaseHandling h = lifecycle.handling(caseNumber);
        CaseStatus s = c.status();
        model.addAttribute("c", c);
        model.addAttribute("h", h);
        model.addAttribute("handler", CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN));
        model.addAttribute("inspector", CurrentUser.hasRole(Role.INSPECTOR));
        model.addAttribute("canClose", s.canMoveTo(CaseStatus.CLOSED) && s != CaseStatus.MONITORING);
        model.addAttribute("canForward", s.canMoveTo(CaseStatus.FORWARDED));
        model.addAttribute("awaitingInspector", s == CaseStatus.FORWARDED && h.forwarding() != null
                && h.forwarding().state().awaitsInspector());
        model.addAttribute("accepted", h.forwarding() != null && h.forwarding().state() == ForwardingState.ACCEPTED);
        model.addAttribute("monitoring", s == CaseStatus.MONITORING);
        model.addAttribute("outcomes", reference.active(ReferenceList.CLOSURE_OUTCOME));
        model.addAttribute("urgencies", reference.active(ReferenceList.URGENCY));
        model.addAttribute("decisions", InspectorDecision.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(Amsterdam.ZONE)));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}
