package nl.meldpunt.correspondence;

import static nl.meldpunt.correspondence.CorrespondenceApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrespondenceRulesTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired Authorisations authorisations;

    private CorrespondenceApiClient api() {
        return new CorrespondenceApiClient(baseUrl());
    }

    private static final String TO_PROVIDER = "\"recipientAddress\":\"Postbus 1\\n3500 AA Utrecht\"";

    @Test
    void disclosure_without_authorisation_is_refused() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Anna de Vries", null);

        var refused = api().send(number, "PROVIDER_LETTER", "LETTER", "PROVIDER", TO_PROVIDER);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("type").asString())
                .isEqualTo("https://meldpunt.nl/problems/disclosure-requires-authorisation");
        assertThat(refused.body()).doesNotContain("Anna");
        assertThat(json(api().get("intake", "/api/v1/cases/" + number + "/correspondence")).size()).isZero();

        // Only the name is authorised: the letter also reveals the complaint, so it is still refused.
        assertThat(api().authoriseVerbally(number, "NAME", "2026-01-05").statusCode()).isEqualTo(201);
        assertThat(authorisations.allowsDisclosure(new CaseNumber(number), DisclosureScope.NAME)).isTrue();
        assertThat(authorisations.allowsDisclosure(new CaseNumber(number), DisclosureScope.BOTH)).isFalse();
        assertThat(api().send(number, "PROVIDER_LETTER", "LETTER", "PROVIDER", TO_PROVIDER).statusCode())
                .isEqualTo(409);

        assertThat(api().authoriseVerbally(number, "COMPLAINT_CONTENT", "2026-01-06").statusCode()).isEqualTo(201);
        var sent = api().send(number, "PROVIDER_LETTER", "LETTER", "PROVIDER", TO_PROVIDER);
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(json(sent).path("disclosed").asString()).isEqualTo("BOTH");
        assertThat(json(sent).path("body").asString()).contains("Anna de Vries", "verkeerde medicijnen");
    }

    @Test
    void a_letter_to_the_citizen_needs_no_authorisation() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Bram Bos", null);
        assertThat(api().send(number, "CLOSURE", "LETTER", "CITIZEN", null).statusCode()).isEqualTo(201);
    }

    @Test
    void revoked_authorisation_blocks_disclosure() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Carla Claes", null);
        var given = api().authoriseVerbally(number, "BOTH", "2026-01-05");
        long id = json(given).path("id").asLong();
        assertThat(authorisations.allowsDisclosure(new CaseNumber(number), DisclosureScope.BOTH)).isTrue();

        var revoked = api().post("intake", "/api/v1/cases/" + number + "/authorisations/" + id + "/revocation",
                "{\"revokedOn\":\"2026-01-10\",\"reason\":\"Wil toch niet dat de zorgaanbieder het weet\"}");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).path("revokedOn").asString()).isEqualTo("2026-01-10");
        assertThat(authorisations.allowsDisclosure(new CaseNumber(number), DisclosureScope.NAME)).isFalse();

        var refused = api().send(number, "PROVIDER_LETTER", "EMAIL", "PROVIDER",
                "\"recipientAddress\":\"klachten@zonnehoek.example\"");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("type").asString()).isEqualTo("https://meldpunt.nl/problems/authorisation-revoked");

        var again = api().post("intake", "/api/v1/cases/" + number + "/authorisations/" + id + "/revocation",
                "{\"revokedOn\":\"2026-01-11\",\"reason\":\"nogmaals\"}");
        assertThat(json(again).path("type").asString()).endsWith("/authorisation-already-revoked");
        var history = api().get("intake", "/api/v1/cases/" + number + "/history").body();
        assertThat(history).contains("AUTHORISATION_RECORDED", "AUTHORISATION_REVOKED");
    }

    @Test
    void a_signed_authorisation_needs_an_acceptable_document() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Dirk Dekker", null);
        var noFile = api().post("intake", "/api/v1/cases/" + number + "/authorisations",
                "{\"givenOn\":\"2026-01-05\",\"scope\":\"BOTH\",\"form\":\"SIGNED_DOCUMENT\"}");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("\"field\":\"document\"");
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n%test\n".getBytes());
        var withFile = api().post("intake", "/api/v1/cases/" + number + "/authorisations",
                "{\"givenOn\":\"2026-01-05\",\"scope\":\"BOTH\",\"form\":\"SIGNED_DOCUMENT\","
                        + "\"documentFilename\":\"../machtiging.pdf\",\"document\":\"" + pdf + "\"}");
        assertThat(withFile.statusCode()).isEqualTo(201);
        assertThat(json(withFile).path("documentFilename").asString()).isEqualTo("machtiging.pdf");
        var doc = api().getBytes("intake", "/api/v1/cases/" + number + "/authorisations/"
                + json(withFile).path("id").asLong() + "/document");
        assertThat(new String(doc.body())).startsWith("%PDF-");
        assertThat(api().get("analyst", "/api/v1/cases/" + number + "/authorisations").statusCode()).isEqualTo(403);
    }

    @Test
    void letter_pdf_contains_reference_and_letterhead() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Els Evers", null);
        var sent = api().send(number, "CLOSURE", "LETTER", "CITIZEN", null);
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(json(sent).path("hasPdf").asBoolean()).isTrue();
        String text = pdfText(api().getBytes("intake",
                "/api/v1/cases/" + number + "/correspondence/" + json(sent).path("id").asLong() + "/pdf").body());
        assertThat(text).contains("Inspectie Gezondheidszorg en Jeugd", "Landelijk Meldpunt Zorg", "Ons kenmerk",
                number, "Els Evers", "Dorpsstraat 1", "1234 AB Ergenshuizen", "Geachte Els Evers");
    }

    @Test
    void email_sent_through_smtp_is_stored_on_case() throws Exception {
        String email = "burger-" + System.nanoTime() + "@example.org";
        String number = CorrespondenceApiClient.registerComplaint(registration, "Frank Fiers", email);
        var sent = api().send(number, "ACKNOWLEDGEMENT", "EMAIL", "CITIZEN", null);
        assertThat(sent.statusCode()).isEqualTo(201);

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Arrays.stream(TestMail.server().getReceivedMessages())
                        .filter(m -> recipient(m).equals(email)).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(mail.getSubject()).contains(number);

        var stored = json(api().get("intake", "/api/v1/cases/" + number + "/correspondence"));
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(0).path("medium").asString()).isEqualTo("EMAIL");
        assertThat(stored.get(0).path("recipientAddress").asString()).isEqualTo(email);
        assertThat(stored.get(0).path("subject").asString()).isEqualTo(mail.getSubject());
        assertThat(stored.get(0).path("sentBy").asString()).isEqualTo("intake");
        assertThat(api().get("intake", "/api/v1/cases/" + number + "/history").body())
                .contains("CORRESPONDENCE_SENT", "ACKNOWLEDGEMENT");
    }

    @Test
    void placeholders_are_html_escaped() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration,
                "<script>alert(1)</script> {{zaaknummer}} & Zn", null);
        var preview = api().post("intake", "/api/v1/cases/" + number + "/correspondence/preview",
                "{\"template\":\"CLOSURE\",\"medium\":\"LETTER\",\"recipient\":\"CITIZEN\"}");
        assertThat(preview.statusCode()).isEqualTo(200);
        String html = json(preview).path("bodyHtml").asString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; Zn")
                .doesNotContain("<script>");
        // One pass: a value that looks like a placeholder is not filled in.
        assertThat(json(preview).path("body").asString()).contains("{{zaaknummer}} & Zn");
        var sent = api().send(number, "CLOSURE", "LETTER", "CITIZEN", null);
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(pdfText(api().getBytes("intake", "/api/v1/cases/" + number + "/correspondence/"
                + json(sent).path("id").asLong() + "/pdf").body())).contains("<script>alert(1)</script>");
    }

    @Test
    void referral_letter_names_the_organisation() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Greet Goossens", null);
        var referral = api().post("intake", "/api/v1/cases/" + number + "/referrals",
                "{\"organisation\":\"VEILIG_THUIS\",\"note\":\"Zorgen over de kleinkinderen\"}");
        assertThat(referral.statusCode()).isEqualTo(201);
        assertThat(json(referral).path("organisationName").asString()).isEqualTo("Veilig Thuis");
        var sent = api().send(number, "REFERRAL", "LETTER", "CITIZEN", "\"organisation\":\"VEILIG_THUIS\"");
        assertThat(sent.statusCode()).isEqualTo(201);
        String text = pdfText(api().getBytes("intake", "/api/v1/cases/" + number + "/correspondence/"
                + json(sent).path("id").asLong() + "/pdf").body());
        assertThat(text).contains("Veilig Thuis", "0800 - 2000", "veiligthuis.nl");
        assertThat(api().get("intake", "/api/v1/cases/" + number + "/history").body()).contains("REFERRAL_MADE");
    }

    @Test
    void advice_with_a_standard_snippet_fills_the_advice_letter() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Hans Hendriks", null);
        var advice = api().post("intake", "/api/v1/cases/" + number + "/advice",
                "{\"snippets\":[\"COMPLAIN_TO_PROVIDER\"],\"text\":\"Bel ons terug als het niet lukt.\"}");
        assertThat(advice.statusCode()).isEqualTo(201);
        var preview = api().post("intake", "/api/v1/cases/" + number + "/correspondence/preview",
                "{\"template\":\"ADVICE\",\"medium\":\"LETTER\",\"recipient\":\"CITIZEN\"}");
        assertThat(json(preview).path("body").asString())
                .contains("klachtenfunctionaris", "Bel ons terug als het niet lukt.");
        var empty = api().post("intake", "/api/v1/cases/" + number + "/advice", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void unknown_case_template_and_bad_address_are_problems_not_errors() throws Exception {
        assertThat(api().send("MP-1999-999999", "CLOSURE", "LETTER", "CITIZEN", null).statusCode()).isEqualTo(404);
        assertThat(api().send("nonsense", "CLOSURE", "LETTER", "CITIZEN", null).statusCode()).isEqualTo(404);
        String number = CorrespondenceApiClient.registerComplaint(registration, "Ids Ivens", null);
        var unknown = api().send(number, "NO_SUCH", "LETTER", "CITIZEN", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"template\"");
        var noEmail = api().send(number, "CLOSURE", "EMAIL", "CITIZEN", null);
        assertThat(noEmail.statusCode()).isEqualTo(400);
        assertThat(noEmail.body()).contains("\"field\":\"recipientAddress\"");
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
