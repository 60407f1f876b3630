package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.time.LocalDate;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import nl.meldpunt.platform.Amsterdam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen submits the public form in a real browser and the case exists as submitted. */
class PublicFormSubmissionTest extends PublicFormBrowserSupport {

    @Autowired
    CaseQueries cases;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void anonymous_submission_registers_a_case_without_personal_data() {
        openForm();
        String description = marker("Anoniem: de deur van de afdeling stond open");
        fillRequired("INFORMATION", description, "OTHER");
        page.check("#anonymous");
        page.fill("#name", "Jan Jansen");
        page.fill("#phone", "06 12345678");

        String number = submitAndReadNumber();

        assertThat(page.textContent("#next-step")).doesNotContain("uiterlijk");
        assertThat(page.content()).doesNotContain("Jan Jansen").doesNotContain("12345678");
        CaseView view = cases.find(number, true).orElseThrow();
        assertThat(view.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(view.reporterType()).isEqualTo("CITIZEN");
        assertThat(view.kind()).isEqualTo("INFORMATION");
        assertThat(view.description()).isEqualTo(description);
        assertThat(view.reporter().anonymous()).isTrue();
        assertThat(view.reporter().relation()).isEqualTo(ReporterRelation.OTHER);
        assertThat(view.reporter().name()).isNull();
        assertThat(view.reporter().phone()).isNull();
        assertThat(view.reporter().email()).isNull();
        assertThat(view.reporter().postalAddress()).isNull();
        assertThat(view.reporter().contactPreference()).isEqualTo(ContactPreference.NONE);
    }

    @Test
    void submission_with_contact_details_and_pdf_promises_a_call_within_five_working_days() {
        openForm();
        String description = marker("Mijn moeder kreeg de verkeerde medicijnen");
        LocalDate occurred = LocalDate.now(Amsterdam.ZONE).minusDays(3);
        fillRequired("COMPLAINT", description, "RELATIVE");
        page.check("#subjectType-PROVIDER");
        page.fill("#subjectName", "Verpleeghuis De Linde");
        page.fill("#subjectPlace", "Utrecht");
        page.fill("#occurredOn", occurred.toString());
        page.check("#contactPreference-PHONE");
        page.fill("#name", "Anna de Vries");
        page.fill("#phone", "06-12345678");
        page.fill("#email", "anna@example.org");
        page.setInputFiles("#files", file("brief.pdf", "application/pdf", PDF));

        String number = submitAndReadNumber();

        CaseView view = cases.find(number, true).orElseThrow();
        LocalDate received = view.receivedAt().atZone(Amsterdam.ZONE).toLocalDate();
        LocalDate callBy = calendar.addWorkingDays(CalendarType.OFFICE, received, 5);
        assertThat(page.textContent("#next-step")).contains("binnen 5 werkdagen")
                .contains(Integer.toString(callBy.getDayOfMonth()));
        assertThat(page.content()).doesNotContain("Anna de Vries").doesNotContain("anna@example.org");
        assertThat(view.kind()).isEqualTo("COMPLAINT");
        assertThat(view.occurredOn()).isEqualTo(occurred);
        assertThat(view.reporter().anonymous()).isFalse();
        assertThat(view.reporter().name()).isEqualTo("Anna de Vries");
        assertThat(view.reporter().phone()).isEqualTo("06-12345678");
        assertThat(view.reporter().email()).isEqualTo("anna@example.org");
        assertThat(view.reporter().contactPreference()).isEqualTo(ContactPreference.PHONE);
        assertThat(view.subjects()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(SubjectType.PROVIDER);
            assertThat(s.name()).isEqualTo("Verpleeghuis De Linde");
            assertThat(s.place()).isEqualTo("Utrecht");
        });
        assertThat(view.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("brief.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.sizeBytes()).isEqualTo(PDF.length);
        });
    }

    @Test
    void missing_and_invalid_fields_show_messages_next_to_the_fields_and_keep_input_and_files() {
        openForm();
        page.check("#relation-PATIENT");
        page.check("#contactPreference-EMAIL");
        page.fill("#name", "Piet Pietersen");
        page.fill("#email", "geen-adres");
        page.fill("#phone", "12");
        page.setInputFiles("#files", file("bewijs.pdf", "application/pdf", PDF));

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.isVisible("#error-summary")).isTrue();
        assertThat(page.getAttribute("#error-summary a[href='#kind-QUESTION']", "href")).isNotNull();
        assertThat(page.getAttribute("#error-summary a[href='#description']", "href")).isNotNull();
        assertThat(page.getAttribute("#error-summary a[href='#email']", "href")).isNotNull();
        assertThat(page.textContent("#email-error")).contains("geldig e-mailadres");
        assertThat(page.textContent("#phone-error")).contains("geldig telefoonnummer");
        assertThat(page.textContent("#description-error")).contains("Beschrijf");
        assertThat(page.getAttribute("#email", "aria-invalid")).isEqualTo("true");
        assertThat(page.getAttribute("#email", "aria-describedby")).contains("email-error");
        assertThat(page.getAttribute("#description", "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#email")).isEqualTo("geen-adres");
        assertThat(page.inputValue("#name")).isEqualTo("Piet Pietersen");
        assertThat(page.isChecked("#relation-PATIENT")).isTrue();
        assertThat(page.isChecked("#contactPreference-EMAIL")).isTrue();
        assertThat(page.textContent("#held-files")).contains("Bewaard: bewijs.pdf");

        String description = marker("Lange wachttijd bij de huisartsenpost");
        page.check("#kind-COMPLAINT");
        page.fill("#description", description);
        page.fill("#email", "piet@example.org");
        page.fill("#phone", "");
        String number = submitAndReadNumber();

        CaseView view = cases.find(number, true).orElseThrow();
        assertThat(view.description()).isEqualTo(description);
        assertThat(view.reporter().email()).isEqualTo("piet@example.org");
        assertThat(view.attachments()).singleElement()
                .satisfies(a -> assertThat(a.filename()).isEqualTo("bewijs.pdf"));
    }

    @Test
    void a_kept_file_can_be_removed_before_sending() {
        openForm();
        page.setInputFiles("#files", file("weg.pdf", "application/pdf", PDF));
        submit();
        assertThat(page.textContent("#held-files")).contains("weg.pdf");

        fillRequired("QUESTION", marker("Waar kan ik klagen over mijn tandarts?"), "PATIENT");
        page.check("#anonymous");
        page.check("#held-files input[type=checkbox]");
        String number = submitAndReadNumber();

        assertThat(cases.find(number, true).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void a_file_named_pdf_with_other_content_is_refused() {
        openForm();
        page.setInputFiles("#files", file("nep.pdf", "application/pdf",
                "dit is geen pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        fillRequired("QUESTION", marker("Vraag met nepbestand"), "PATIENT");
        page.check("#anonymous");

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.textContent("#files-error")).contains("nep.pdf").contains("geen PDF");
        assertThat(page.getAttribute("#files", "aria-invalid")).isEqualTo("true");
        assertThat(page.isVisible("#held-files")).isFalse();
        assertThat(page.inputValue("#description")).startsWith("Vraag met nepbestand");
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_and_the_form_kept() {
        openForm();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        page.setInputFiles("#files", file("groot.pdf", "application/pdf", big));
        String description = marker("Vraag met een groot bestand");
        fillRequired("QUESTION", description, "PATIENT");
        page.check("#anonymous");

        assertThat(submit().status()).isEqualTo(400);
        assertThat(page.textContent("#files-error")).contains("groot.pdf").contains("10 MB");
        assertThat(page.inputValue("#description")).isEqualTo(description);
    }

    @Test
    void a_date_in_the_future_is_refused() {
        openForm();
        fillRequired("QUESTION", marker("Vraag over de toekomst"), "PATIENT");
        page.check("#anonymous");
        // A browser without a date picker sends what the citizen typed.
        page.evaluate("document.getElementById('occurredOn').type = 'text'");
        page.fill("#occurredOn", LocalDate.now(Amsterdam.ZONE).plusDays(2).toString());

        assertThat(submit().status()).isEqualTo(400);
        assertThat(page.textContent("#occurredOn-error")).contains("toekomst");
    }
}
