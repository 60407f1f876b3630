package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseSearchText;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.TextSource;
import nl.meldpunt.support.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scanned letter (image, or PDF without text layer) gets Dutch OCR; its text is found by the work-list search. */
class LetterRecognitionTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseQueries queries;

    @Autowired
    CaseSearchText searchText;

    @Test
    void a_scanned_letter_image_is_recognised_and_found_by_a_phrase_from_it() throws Exception {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        byte[] scan = letter(number);
        RegisteredCase letter = registration.register(new NewCase(Channel.LETTER, null, null, null, null, null,
                "Brief ontvangen, zie scan.", null, null, null, null,
                List.of(new NewAttachment("brief.png", "image/png", scan)), null));

        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> found(number, letter));

        assertThat(found("Zonnehoek maaltijden " + number, letter)).isTrue();
        assertThat(queries.find(letter.caseNumber().value(), false).orElseThrow().attachments())
                .as("the scan stays attached").singleElement()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
        assertThat(searchText.texts(letter.id())).anySatisfy(t -> {
            assertThat(t.source()).isEqualTo(TextSource.OCR);
            assertThat(t.text()).contains("Zonnehoek");
        });

        StaffPages staff = new StaffPages(baseUrl(), "intake");
        var workList = staff.get("/werk?q=" + number);
        assertThat(workList.statusCode()).isEqualTo(200);
        assertThat(workList.body()).as("the work list's full-text search").contains(letter.caseNumber().value());
        var section = staff.get("/zaken/" + letter.caseNumber().value() + "/tekst");
        assertThat(section.statusCode()).isEqualTo(200);
        assertThat(section.body()).contains("Zonnehoek", "Herkend in een scan");
    }

    @Test
    void a_scanned_pdf_without_text_layer_is_recognised() throws Exception {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        RegisteredCase letter = registration.register(new NewCase(Channel.LETTER, null, null, null, null, null,
                "Brief ontvangen als PDF.", null, null, null, null,
                List.of(new NewAttachment("brief.pdf", "application/pdf", scannedPdf(letter(number)))), null));

        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> found("Zonnehoek " + number, letter));
    }

    private boolean found(String q, RegisteredCase expected) {
        return queries.search(new CaseFilter(q, null, null, null, null, null, null, null, null), 0, 10).items()
                .stream().anyMatch(c -> c.caseNumber().equals(expected.caseNumber().value()));
    }

    /** A Dutch letter rendered with Java2D, as a scanner would deliver it. */
    static byte[] letter(String number) throws IOException {
        BufferedImage image = new BufferedImage(1800, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        String[] lines = {
            "Geachte heer, mevrouw,",
            "Ik schrijf u over verpleeghuis Zonnehoek in Apeldoorn.",
            "Mijn vader kreeg daar dagenlang geen warme maaltijden.",
            "Mijn dossiernummer is " + number + ".",
            "Met vriendelijke groet,"
        };
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 100, 140 + i * 130);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static byte[] scannedPdf(byte[] png) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(image.getWidth() * 72f / 200,
                    image.getHeight() * 72f / 200));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
