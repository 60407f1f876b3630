package nl.meldpunt.correspondence;

import org.springframework.web.util.HtmlUtils;

/**
 * Plain text to (X)HTML: every character escaped, a blank line starts a paragraph, a single line break stays a
 * line break. Used for the preview, the e-mail's HTML part and the PDF, so all three show the same text.
 */
final class LetterHtml {

    private LetterHtml() {}

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : (text == null ? "" : text.replace("\r\n", "\n")).split("\n\\s*\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br/>")).append("</p>\n");
        }
        return html.toString();
    }
}
