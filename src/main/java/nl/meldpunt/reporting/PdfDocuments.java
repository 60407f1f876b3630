package nl.meldpunt.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a report template to PDF. The templates under {@code templates/reporting/pdf-*} are well-formed XHTML
 * (openhtmltopdf parses XML), use no {@code @{...}} links (there is no web request), and draw charts as inline
 * SVG, which ends up in the PDF as vector graphics.
 */
@Component
class PdfDocuments {

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(String template, Locale locale, Map<String, Object> model) {
        return templates.process(template, new Context(locale, model));
    }

    byte[] pdf(String template, Locale locale, Map<String, Object> model) {
        String xhtml = html(template, locale, model);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
