package nl.meldpunt.mailintake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The text inside a file, by Apache Tika: PDF text layers, Word documents, HTML, and e-mails with their own
 * attachments (embedded documents are parsed too). Only the parser modules Meldpunt accepts are on the class path.
 * A file Tika cannot read gives empty text, never an error: the file itself stays attached.
 */
@Component
class AttachmentText {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    /** Characters taken from one file at most. */
    static final int LIMIT = 200_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    String extract(byte[] content, String contentType) {
        BodyContentHandler handler = new BodyContentHandler(LIMIT);
        Metadata metadata = new Metadata();
        if (contentType != null) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, contentType);
        }
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.warn("Text extraction failed for a {} file: {}", contentType, e.getClass().getSimpleName());
                return "";
            }
        } catch (IOException | TikaException | RuntimeException e) {
            log.warn("Text extraction failed for a {} file: {}", contentType, e.getClass().getSimpleName());
            return "";
        }
        return normalise(handler.toString());
    }

    /** Collapses runs of blank lines and trailing spaces that parsers leave behind. */
    static String normalise(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
