package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files added after intake: the intake checks, the virus scan, and the history. */
class CaseAttachmentsTest extends IntegrationTest {

    /** The EICAR test string, assembled so that this source file does not trip a scanner itself. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseQueries queries;

    private String register() {
        return registration.register(new NewCase(Channel.EMAIL, "COMPLAINT", "CITIZEN", "HOSPITAL_CARE", "NORMAL",
                List.of(), "Met bijlagen", null, null, null, List.of(), List.of(), null)).caseNumber().value();
    }

    @Test
    void eicar_attachment_is_refused() throws Exception {
        String number = register();
        byte[] pdf = ("%PDF-1.4\n1 0 obj\n(" + EICAR + ")\nendobj\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        var answer = new ApiCalls(baseUrl()).upload("intake", "/api/v1/cases/" + number + "/attachments", "scan.pdf",
                pdf);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problemType()).isEqualTo("https://meldpunt.nl/problems/attachment-infected");
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.find(number, false).orElseThrow().attachments()).isEmpty();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.ATTACHMENT_REFUSED
                && h.details().contains(EicarSignatureScanner.THREAT) && "intake".equals(h.actor()));
    }

    @Test
    void eicar_inside_a_word_document_is_found() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document>" + EICAR + "</w:document>").getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(new EicarSignatureScanner().scan(bytes.toByteArray())).contains(EicarSignatureScanner.THREAT);
        assertThat(new EicarSignatureScanner().scan("%PDF-1.4 schoon".getBytes())).isEmpty();
    }

    @Test
    void a_clean_file_is_added_with_the_intake_checks() throws Exception {
        String number = register();
        ApiCalls api = new ApiCalls(baseUrl());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(api.upload("intake", "/api/v1/cases/" + number + "/attachments", "foto.png", png).status())
                .isEqualTo(201);
        var exe = api.upload("intake", "/api/v1/cases/" + number + "/attachments", "foto.png",
                "MZ this is a program".getBytes());
        assertThat(exe.status()).isEqualTo(422);
        assertThat(exe.problemType()).endsWith("/attachment-type-not-allowed");
        assertThat(api.upload("analyst", "/api/v1/cases/" + number + "/attachments", "foto.png", png).status())
                .isEqualTo(403);
        var attachments = queries.find(number, false).orElseThrow().attachments();
        assertThat(attachments).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
    }
}
