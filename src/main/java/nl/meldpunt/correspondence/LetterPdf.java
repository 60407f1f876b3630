package nl.meldpunt.correspondence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A letter as PDF with the inspectorate's letterhead: sender, recipient's address block, date, reference (the case
 * number), subject and the body. Everything from the case or the template is escaped into well-formed XHTML.
 */
@Component
class LetterPdf {

    private static final String CSS = """
            @page { size: A4; margin: 20mm 22mm 25mm 22mm; }
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45; color: #000; }
            .letterhead { border-bottom: 2px solid #154273; padding-bottom: 4mm; margin-bottom: 12mm; }
            .org { font-size: 13pt; font-weight: bold; color: #154273; }
            .sender { font-size: 9pt; color: #333; }
            .recipient { margin-bottom: 12mm; min-height: 25mm; }
            table.meta { border-collapse: collapse; margin-bottom: 8mm; font-size: 9.5pt; }
            table.meta td { padding: 0 6mm 1mm 0; vertical-align: top; }
            table.meta td.label { color: #333; }
            """;

    private final MessageSource messages;

    LetterPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(String caseNumber, LocalDate date, String language, String recipientName, String recipientAddress,
            String subject, String body) {
        Locale locale = Locale.forLanguageTag(language);
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>%s</style></head><body>
                <div class="letterhead"><div class="org">%s</div><div class="sender">%s</div></div>
                <div class="recipient">%s</div>
                <table class="meta">
                <tr><td class="label">%s</td><td>%s</td></tr>
                <tr><td class="label">%s</td><td>%s</td></tr>
                <tr><td class="label">%s</td><td><strong>%s</strong></td></tr>
                </table>
                %s
                </body></html>
                """.formatted(
                LetterHtml.escape(language),
                LetterHtml.escape(subject),
                CSS,
                LetterHtml.escape(msg("correspondence.letter.org", locale)),
                LetterHtml.escape(msg("correspondence.letter.sender", locale)),
                addressBlock(recipientName, recipientAddress),
                LetterHtml.escape(msg("correspondence.letter.date", locale)),
                LetterHtml.escape(CaseFields.date(date, locale)),
                LetterHtml.escape(msg("correspondence.letter.reference", locale)),
                LetterHtml.escape(caseNumber),
                LetterHtml.escape(msg("correspondence.letter.subject", locale)),
                LetterHtml.escape(subject),
                LetterHtml.paragraphs(body));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addressBlock(String name, String address) {
        StringBuilder block = new StringBuilder();
        if (name != null && !name.isBlank()) {
            block.append(LetterHtml.escape(name.strip())).append("<br/>");
        }
        if (address != null) {
            block.append(LetterHtml.escape(address.strip()).replace("\r\n", "\n").replace("\n", "<br/>"));
        }
        return block.toString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
