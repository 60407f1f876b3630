package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.SubjectType;
import org.junit.jupiter.api.Test;

/** The rules of the public web form, without Spring. */
class PublicFormRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PublicFormInput valid() {
        return new PublicFormInput("t", "0", "COMPLAINT", "Wat er gebeurde", null, null, null, null, "PATIENT",
                null, "Anna", null, "06 12345678", null, "PHONE", null, List.of());
    }

    private static PublicFormInput with(String field, String value) {
        PublicFormInput v = valid();
        return new PublicFormInput(v.formToken(), v.formStarted(),
                field.equals("kind") ? value : v.kind(),
                field.equals("description") ? value : v.description(),
                field.equals("subjectType") ? value : v.subjectType(),
                field.equals("subjectName") ? value : v.subjectName(),
                field.equals("subjectPlace") ? value : v.subjectPlace(),
                field.equals("occurredOn") ? value : v.occurredOn(),
                field.equals("relation") ? value : v.relation(),
                field.equals("anonymous") ? value : v.anonymous(),
                field.equals("name") ? value : v.name(),
                field.equals("email") ? value : v.email(),
                field.equals("phone") ? value : v.phone(),
                field.equals("postalAddress") ? value : v.postalAddress(),
                field.equals("contactPreference") ? value : v.contactPreference(),
                v.homepage(), v.removeFiles());
    }

    private static Map<String, String> check(PublicFormInput input) {
        return PublicFormRules.check(input, TODAY);
    }

    @Test
    void a_complete_form_has_no_errors() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void kind_description_and_relation_are_required() {
        PublicFormInput empty = PublicFormInput.empty("t", 0);
        assertThat(check(empty)).containsEntry("kind", "intake-form.error.kind.required")
                .containsEntry("description", "intake-form.error.description.required")
                .containsEntry("relation", "intake-form.error.relation.required")
                .containsEntry("contactPreference", "intake-form.error.contactPreference.required");
    }

    @Test
    void errors_come_in_the_order_of_the_fields_on_the_page() {
        assertThat(check(PublicFormInput.empty("t", 0)).keySet())
                .containsExactly("kind", "description", "relation", "contactPreference");
    }

    @Test
    void only_question_complaint_and_information_can_be_chosen() {
        assertThat(check(with("kind", "REPORT"))).containsEntry("kind", "intake-form.error.kind.invalid");
        assertThat(check(with("kind", "QUESTION"))).isEmpty();
        assertThat(check(with("kind", "INFORMATION"))).isEmpty();
    }

    @Test
    void description_is_at_most_ten_thousand_characters() {
        assertThat(check(with("description", "a".repeat(10_000)))).isEmpty();
        assertThat(check(with("description", "a".repeat(10_001))))
                .containsEntry("description", "intake-form.error.description.tooLong");
        assertThat(check(with("description", "   "))).containsEntry("description",
                "intake-form.error.description.required");
    }

    @Test
    void date_may_be_today_or_earlier_never_in_the_future() {
        assertThat(check(with("occurredOn", "2026-11-23"))).isEmpty();
        assertThat(check(with("occurredOn", "1-11-2026"))).isEmpty();
        assertThat(check(with("occurredOn", "2026-11-24"))).containsEntry("occurredOn",
                "intake-form.error.occurredOn.future");
        assertThat(check(with("occurredOn", "31-02-2026"))).containsEntry("occurredOn",
                "intake-form.error.occurredOn.invalid");
        assertThat(check(with("occurredOn", "gisteren"))).containsEntry("occurredOn",
                "intake-form.error.occurredOn.invalid");
    }

    @Test
    void dates_as_dutch_people_write_them_are_understood() {
        assertThat(PublicFormRules.parseDate("23-11-2026")).contains(TODAY);
        assertThat(PublicFormRules.parseDate("23/11/2026")).contains(TODAY);
        assertThat(PublicFormRules.parseDate("2026-11-23")).contains(TODAY);
    }

    @Test
    void chosen_channel_needs_its_detail() {
        assertThat(check(with("phone", ""))).containsEntry("phone", "intake-form.error.phone.required");
        PublicFormInput email = with("contactPreference", "EMAIL");
        assertThat(check(email)).containsEntry("email", "intake-form.error.email.required");
        PublicFormInput letter = with("contactPreference", "LETTER");
        assertThat(check(letter)).containsEntry("postalAddress", "intake-form.error.postalAddress.required")
                .doesNotContainKey("email");
        assertThat(check(with("contactPreference", "NONE"))).isEmpty();
    }

    @Test
    void phone_numbers_dutch_and_international_are_accepted_others_not() {
        assertThat(PublicFormRules.isPhoneNumber("06 12345678")).isTrue();
        assertThat(PublicFormRules.isPhoneNumber("020-1234567")).isTrue();
        assertThat(PublicFormRules.isPhoneNumber("(020) 123 45 67")).isTrue();
        assertThat(PublicFormRules.isPhoneNumber("+31 6 12345678")).isTrue();
        assertThat(PublicFormRules.isPhoneNumber("0032 2 123 45 67")).isTrue();
        assertThat(PublicFormRules.isPhoneNumber("12")).isFalse();
        assertThat(PublicFormRules.isPhoneNumber("0612345")).isFalse();
        assertThat(PublicFormRules.isPhoneNumber("bel me")).isFalse();
        assertThat(check(with("phone", "12"))).containsEntry("phone", "intake-form.error.phone.invalid");
    }

    @Test
    void an_email_address_given_must_be_valid_even_when_phone_is_chosen() {
        assertThat(check(with("email", "anna@example.org"))).isEmpty();
        assertThat(check(with("email", "anna@example"))).containsEntry("email", "intake-form.error.email.invalid");
        assertThat(check(with("email", "anna example.org"))).containsEntry("email", "intake-form.error.email.invalid");
    }

    @Test
    void anonymous_needs_no_contact_fields_at_all() {
        PublicFormInput anonymous = new PublicFormInput("t", "0", "QUESTION", "Vraag", null, null, null, null, "OTHER",
                "true", "Anna", "geen-adres", "12", null, null, null, List.of());
        assertThat(check(anonymous)).isEmpty();
    }

    @Test
    void an_anonymous_case_keeps_no_personal_data_and_promises_no_contact() {
        PublicFormInput anonymous = new PublicFormInput("t", "0", "QUESTION", "Vraag", null, "Huisarts", null, null,
                "OTHER", "true", "Anna", "anna@example.org", "0612345678", "Straat 1", "PHONE", null, List.of());
        NewCase intake = PublicFormSubmission.toNewCase(anonymous, List.of(), null);
        assertThat(intake.reporter().anonymous()).isTrue();
        assertThat(intake.reporter().name()).isNull();
        assertThat(intake.reporter().email()).isNull();
        assertThat(intake.reporter().contactPreference()).isEqualTo(ContactPreference.NONE);
        assertThat(intake.reporterType()).isEqualTo("CITIZEN");
        assertThat(intake.subjects()).singleElement().satisfies(s -> assertThat(s.type()).isEqualTo(SubjectType.PROVIDER));
        assertThat(PublicFormSubmission.receipt("MP-2026-000001", anonymous, TODAY).promise())
                .isEqualTo(PublicFormReceipt.Promise.ANONYMOUS);
        assertThat(PublicFormSubmission.receipt("MP-2026-000001", anonymous, TODAY).contactBy()).isNull();
    }

    @Test
    void unknown_codes_are_messages_not_crashes() {
        assertThat(check(with("relation", "BUURMAN"))).containsEntry("relation", "intake-form.error.relation.invalid");
        assertThat(check(with("subjectType", "X"))).containsEntry("subjectType", "intake-form.error.subjectType.invalid");
        assertThat(check(with("contactPreference", "FAX")))
                .containsEntry("contactPreference", "intake-form.error.contactPreference.invalid");
    }

    @Test
    void every_message_key_exists_in_both_languages() throws Exception {
        for (String lang : List.of("nl", "en")) {
            var props = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/i18n/intake-form_" + lang + ".properties")) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String field : List.of("kind", "description", "subjectType", "subjectName", "subjectPlace",
                    "occurredOn", "relation", "contactPreference", "name", "phone", "email", "postalAddress")) {
                assertThat(props.stringPropertyNames()).as(lang).contains("intake-form.field." + field);
            }
            var nl = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/i18n/intake-form_nl.properties")) {
                nl.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(props.stringPropertyNames()).as(lang).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
        }
    }
}
