package nl.meldpunt.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.VirusScanner;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The citizen's public web form at {@code /melden}: no login, works without JavaScript. A submission with errors
 * comes back with everything kept (typed values and accepted files); a valid one becomes a case and the browser is
 * redirected (POST-redirect-GET) to a confirmation only this browser session can open.
 */
@Controller
class PublicFormController {

    static final String RECEIPTS = PublicFormController.class.getName() + ".receipts";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicFormSubmission submission;
    private final PublicFormUploads uploads;
    private final SpamRateLimit rateLimit;
    private final SpamQuarantine quarantine;
    private final VirusScanner scanner;
    private final Clock clock;

    PublicFormController(PublicFormSubmission submission, PublicFormUploads uploads, SpamRateLimit rateLimit,
            SpamQuarantine quarantine, VirusScanner scanner, Clock clock) {
        this.submission = submission;
        this.uploads = uploads;
        this.rateLimit = rateLimit;
        this.quarantine = quarantine;
        this.scanner = scanner;
        this.clock = clock;
    }

    @GetMapping("/melden")
    String form(Model model) {
        return page(model, PublicFormInput.empty(newToken(), clock.millis()), List.of(), false);
    }

    @PostMapping("/melden")
    String submit(@ModelAttribute PublicFormInput posted,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model)
            throws IOException {
        PublicFormInput form = posted.formToken() != null && TOKEN.matcher(posted.formToken()).matches()
                ? posted : posted.withFormToken(newToken());
        uploads.remove(form.formToken(), form.removeFileIds());
        List<PublicFormError> errors = new ArrayList<>();
        PublicFormRules.check(form, clock.instant().atZone(Amsterdam.ZONE).toLocalDate())
                .forEach((field, key) -> errors.add(PublicFormError.of(field, key)));
        errors.addAll(holdFiles(form.formToken(), files));
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return page(model, form, errors, false);
        }
        String address = request.getRemoteAddr();
        if (!rateLimit.tryAcquire(address)) {
            response.setStatus(429);
            return page(model, form, List.of(), true);
        }
        Long fillSeconds = form.startedMillis().map(started -> (clock.millis() - started) / 1000).orElse(null);
        PublicFormReceipt receipt;
        if (form.honeypotFilled()) {
            quarantine.keep(form, uploads.contents(form.formToken()), address, fillSeconds);
            uploads.release(form.formToken());
            receipt = PublicFormReceipt.underReview();
        } else {
            receipt = submission.register(form, fillSeconds);
        }
        return "redirect:/melden/ontvangen/" + remember(session, receipt);
    }

    @GetMapping("/melden/ontvangen/{receiptId}")
    String received(@PathVariable String receiptId, HttpSession session, Model model) {
        PublicFormReceipt receipt = receipts(session).get(receiptId);
        if (receipt == null) {
            throw new NotFound("Confirmation");
        }
        model.addAttribute("receipt", receipt);
        return "intake/public-form-received";
    }

    /** Checks each new file by its content; accepted ones are held for this form, refused ones become messages. */
    private List<PublicFormError> holdFiles(String token, List<MultipartFile> files) throws IOException {
        List<PublicFormError> errors = new ArrayList<>();
        if (files == null) {
            return errors;
        }
        int held = uploads.list(token).size();
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            String name = AttachmentPolicy.safeFilename(file.getOriginalFilename(), null);
            if (held >= AttachmentPolicy.MAX_FILES) {
                errors.add(new PublicFormError("files", "files", "intake-form.error.files.tooMany", name));
                continue;
            }
            byte[] content = file.getBytes();
            Optional<AttachmentPolicy.Refusal> refusal = AttachmentPolicy.check(content, AttachmentPolicy.PUBLIC_TYPES);
            // The same scanner as for files added to a case; scanned before the type check, so an infected file is
            // named as such whatever its type. The rest of the form is kept; the file is not held.
            if ((refusal.isEmpty() || refusal.get() == AttachmentPolicy.Refusal.TYPE_NOT_ALLOWED)
                    && scanner.scan(content).isPresent()) {
                errors.add(new PublicFormError("files", "files", "intake-form.error.files.INFECTED", name));
                continue;
            }
            if (refusal.isPresent()) {
                errors.add(new PublicFormError("files", "files",
                        "intake-form.error.files." + refusal.get().name(), name));
                continue;
            }
            String type = AttachmentPolicy.detectType(content).orElseThrow();
            uploads.hold(token, new NewAttachment(AttachmentPolicy.safeFilename(name, type), type, content));
            held++;
        }
        uploads.purgeAbandoned();
        return errors;
    }

    private String page(Model model, PublicFormInput form, List<PublicFormError> errors, boolean rateLimited) {
        Map<String, PublicFormError> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("fileErrors", errors.stream().filter(e -> e.field().equals("files")).toList());
        model.addAttribute("heldFiles", uploads.list(form.formToken()));
        model.addAttribute("rateLimited", rateLimited);
        model.addAttribute("maxFiles", AttachmentPolicy.MAX_FILES);
        model.addAttribute("descriptionMax", PublicFormRules.DESCRIPTION_MAX);
        model.addAttribute("today", clock.instant().atZone(Amsterdam.ZONE).toLocalDate());
        return "intake/public-form";
    }

    private static String remember(HttpSession session, PublicFormReceipt receipt) {
        String id = newToken();
        Map<String, PublicFormReceipt> receipts = new LinkedHashMap<>(receipts(session));
        receipts.put(id, receipt);
        while (receipts.size() > 10) {
            receipts.remove(receipts.keySet().iterator().next());
        }
        session.setAttribute(RECEIPTS, receipts);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PublicFormReceipt> receipts(HttpSession session) {
        Object value = session.getAttribute(RECEIPTS);
        return value instanceof Map<?, ?> map ? (Map<String, PublicFormReceipt>) map : Map.of();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
