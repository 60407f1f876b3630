package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Case-page sections loaded with htmx: a request from htmx gets the section fragment (also after a form post, with
 * messages), a request without JavaScript gets the section as a page of its own, and a successful post without
 * JavaScript is redirected to it (post/redirect/get).
 */
final class Sections {

    private Sections() {}

    static boolean fromHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The view for a section: its fragment for htmx, else the stand-alone page that includes it. */
    static String render(String template, HttpServletRequest request, Model model) {
        if (fromHtmx(request)) {
            return template + " :: section";
        }
        model.addAttribute("sectionTemplate", template);
        return "casework/section-page";
    }

    /** After a successful change: the fresh section for htmx, else a redirect to the section's page. */
    static String done(String template, String sectionPath, HttpServletRequest request, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String savedKey) {
        if (fromHtmx(request)) {
            model.addAttribute("saved", savedKey);
            return template + " :: section";
        }
        redirect.addFlashAttribute("saved", savedKey);
        return "redirect:" + sectionPath;
    }

    /** A refused change: htmx swaps only 2xx answers, so the fragment comes with 200; a page gets 400 or 409. */
    static void failed(HttpServletRequest request, HttpServletResponse response, int status) {
        if (!fromHtmx(request)) {
            response.setStatus(status);
        }
    }

    /** Field errors of a business check, as messages in the viewer's language ({@code parties.error.<field>}). */
    static Map<String, String> fieldErrors(Map<String, String> found, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        found.keySet().forEach(field -> {
            String key = field.replaceAll("\\[.*", "").replaceAll("^.*\\.", "");
            errors.put(key, messages.getMessage("parties.error." + key, null,
                    messages.getMessage("casework.error.invalidValue", null, locale), locale));
        });
        return errors;
    }
}
