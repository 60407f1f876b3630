package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.nio.charset.StandardCharsets;
import nl.meldpunt.casework.CaseQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files sent with the public form go through the same virus scanner as files added to a case. */
class PublicFormVirusScanTest extends PublicFormBrowserSupport {

    /** The EICAR test string, assembled so that this source file does not trip a scanner itself. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Autowired CaseQueries cases;

    @Test
    void an_infected_file_is_refused_next_to_the_field_and_the_rest_of_the_form_is_kept() {
        openForm();
        byte[] infected = ("%PDF-1.4\n1 0 obj\n(" + EICAR + ")\nendobj\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        page.setInputFiles("#files", new com.microsoft.playwright.options.FilePayload[] {
            file("besmet.pdf", "application/pdf", infected),
            file("bewijs.pdf", "application/pdf", PDF)});
        String description = marker("Klacht met een besmet bestand");
        fillRequired("COMPLAINT", description, "RELATIVE");
        page.check("#contactPreference-EMAIL");
        page.fill("#name", "Bea Bakker");
        page.fill("#email", "bea@example.org");

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.textContent("#files-error")).contains("besmet.pdf").contains("virus");
        assertThat(page.getAttribute("#files", "aria-invalid")).isEqualTo("true");
        assertThat(page.textContent("#held-files")).contains("bewijs.pdf").doesNotContain("besmet.pdf");
        assertThat(page.inputValue("#description")).isEqualTo(description);
        assertThat(page.inputValue("#name")).isEqualTo("Bea Bakker");
        assertThat(page.inputValue("#email")).isEqualTo("bea@example.org");
        assertNoSeriousViolations(page);

        String number = submitAndReadNumber();
        assertThat(cases.find(number, true).orElseThrow().attachments())
                .extracting(a -> a.filename()).containsExactly("bewijs.pdf");
    }

    @Test
    void the_eicar_test_string_as_plain_text_is_named_infected_not_just_the_wrong_type() {
        openForm();
        page.setInputFiles("#files", file("eicar.com", "application/octet-stream",
                EICAR.getBytes(StandardCharsets.US_ASCII)));
        fillRequired("QUESTION", marker("Vraag met EICAR"), "PATIENT");
        page.check("#anonymous");

        assertThat(submit().status()).isEqualTo(400);
        assertThat(page.textContent("#files-error")).contains("eicar.com").contains("virus");
    }
}
