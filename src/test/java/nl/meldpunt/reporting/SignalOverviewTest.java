package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMultipart;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily signal overview on dates far from other tests' data (2034): the weekend folds into Monday, a holiday
 * into the next working day, questions are left out, and no citizen's personal data reaches page, PDF, JSON or
 * mail.
 */
class SignalOverviewTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired SignalOverviews overviews;
    @Autowired SignalOverviewMail mail;

    private ReportCases cases;

    @BeforeEach
    void setUp() {
        cases = new ReportCases(registration, queries, editing);
    }

    private static ReportCases.Spec spec(String kind, String sector, String urgency, String provider, String kvk) {
        return new ReportCases.Spec(Channel.WEB_FORM, kind, "CITIZEN", sector, urgency, List.of("ATTITUDE"),
                List.of(NewSubject.provider(provider, "Zwolle", kvk)));
    }

    @Test
    void monday_overview_covers_the_weekend_and_leaves_friday_and_questions_out() throws Exception {
        LocalDate monday = LocalDate.of(2034, 11, 13).with(DayOfWeek.MONDAY);
        LocalDate friday = monday.minusDays(3);
        String fri = cases.register(spec("COMPLAINT", "ELDERLY_CARE", "NORMAL", "Zorghuis Vrijdag", null),
                ReportCases.at(friday, 16));
        String sat = cases.register(spec("COMPLAINT", "ELDERLY_CARE", "HIGH", "Zorghuis Zaterdag", "12345678"),
                ReportCases.at(monday.minusDays(2), 11));
        String sun = cases.register(spec("REPORT", "MENTAL_HEALTH", "ACUTE", "GGZ Zondag", null),
                ReportCases.at(monday.minusDays(1), 3));
        String mon = cases.register(spec("INFORMATION", "ELDERLY_CARE", "NORMAL", "Zorghuis Maandag", null),
                ReportCases.at(monday, 23));
        String question = cases.register(spec("QUESTION", "ELDERLY_CARE", "NORMAL", "Zorghuis Vraag", null),
                ReportCases.at(monday, 10));
        String tuesday = cases.register(spec("COMPLAINT", "ELDERLY_CARE", "NORMAL", "Zorghuis Dinsdag", null),
                ReportCases.at(monday.plusDays(1), 0));
        cases.summarise(sat, "Val van bewoner, personeel reageerde laat");

        SignalOverview o = overviews.forDate(monday, NL);

        assertThat(o.date()).isEqualTo(monday);
        assertThat(o.coversFrom()).isEqualTo(monday.minusDays(2));
        assertThat(o.total()).isEqualTo(3);
        assertThat(o.sectors()).extracting(SignalOverview.SectorSignals::sector)
                .containsExactly("MENTAL_HEALTH", "ELDERLY_CARE");
        var elderly = o.sectors().get(1).signals();
        assertThat(elderly).extracting(SignalOverview.Signal::caseNumber).containsExactly(sat, mon);
        assertThat(elderly.get(0).summary()).isEqualTo("Val van bewoner, personeel reageerde laat");
        assertThat(elderly.get(0).providers()).containsExactly(new SignalOverview.Provider("Zorghuis Zaterdag", "Zwolle"));
        assertThat(elderly.get(1).summary()).isEqualTo("nog geen samenvatting");
        assertThat(elderly.get(1).summaryReviewed()).isFalse();
        assertThat(o.sectors().get(0).signals()).extracting(SignalOverview.Signal::caseNumber).containsExactly(sun);
        assertThat(o.sectors().get(0).signals().get(0).urgencyLabel()).isEqualTo("Acuut");

        SignalOverview fridayOverview = overviews.forDate(friday, NL);
        assertThat(fridayOverview.sectors()).flatExtracting(SignalOverview.SectorSignals::signals)
                .extracting(SignalOverview.Signal::caseNumber).containsExactly(fri);
        // a Saturday asked for gives Monday's overview, which covers it
        assertThat(overviews.forDate(monday.minusDays(2), NL).date()).isEqualTo(monday);
        assertThat(overviews.forDate(monday.plusDays(1), NL).sectors())
                .flatExtracting(SignalOverview.SectorSignals::signals)
                .extracting(SignalOverview.Signal::caseNumber).containsExactly(tuesday).doesNotContain(question);
    }

    @Test
    void the_day_after_kings_day_covers_the_holiday() {
        // King's Day 2034 is a Thursday: Friday's overview covers Thursday and Friday.
        LocalDate kingsDay = LocalDate.of(2034, 4, 27);
        String onHoliday = cases.register(spec("COMPLAINT", "DENTAL_CARE", "NORMAL", "Tandarts Koning", null),
                ReportCases.at(kingsDay, 12));
        SignalOverview o = overviews.forDate(kingsDay.plusDays(1), NL);
        assertThat(o.coversFrom()).isEqualTo(kingsDay);
        assertThat(o.sectors()).flatExtracting(SignalOverview.SectorSignals::signals)
                .extracting(SignalOverview.Signal::caseNumber).contains(onHoliday);
    }

    @Test
    void page_pdf_json_and_mail_show_providers_but_no_personal_data_of_citizens() throws Exception {
        LocalDate day = LocalDate.of(2034, 6, 14); // a Wednesday
        String number = cases.register(spec("COMPLAINT", "HOME_CARE", "HIGH", "Thuiszorg De Privacytest", null),
                ReportCases.at(day, 9));
        var staff = LoggedInSession.login(baseUrl(), "inspector");

        var page = staff.get("/rapportages/signalen?datum=" + day);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Thuiszorg De Privacytest", "nog geen samenvatting");
        PersonalData.assertNoneIn(page.body());

        var pdf = staff.get("/rapportages/signalen.pdf?datum=" + day);
        assertThat(pdf.status()).isEqualTo(200);
        String pdfText = PersonalData.pdfText(pdf.bytes());
        assertThat(pdfText).contains(number, "Thuiszorg De Privacytest");
        PersonalData.assertNoneIn(pdfText);

        var api = staff.api("GET", "/api/v1/reports/signal-overview?date=" + day, null);
        assertThat(api.status()).isEqualTo(200);
        JsonNode json = JSON.readTree(api.body());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(api.body()).contains(number);
        PersonalData.assertNoneIn(api.body());

        TestMail.server().purgeEmailFromAllMailboxes();
        assertThat(mail.send(day)).isTrue();
        assertThat(mail.send(day)).as("sent once per day").isFalse();
        assertThat(TestMail.server().waitForIncomingEmail(10_000, 1)).isTrue();
        var message = TestMail.server().getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("inspecteurs-signalen@meldpunt.test");
        var parts = (MimeMultipart) message.getContent();
        StringBuilder all = new StringBuilder(message.getSubject());
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContent() instanceof String text) {
                all.append(text);
            } else if (part.getContent() instanceof MimeMultipart inner) {
                all.append(inner.getBodyPart(0).getContent());
            } else {
                all.append(PersonalData.pdfText(part.getInputStream().readAllBytes()));
            }
        }
        assertThat(all.toString()).contains(number, "Thuiszorg De Privacytest");
        PersonalData.assertNoneIn(all.toString());
    }

    @Test
    void a_bad_date_is_a_problem_not_an_error() throws Exception {
        var api = LoggedInSession.login(baseUrl(), "inspector").api("GET", "/api/v1/reports/signal-overview?date=13-13-2034", null);
        assertThat(api.status()).isEqualTo(400);
    }

    @Test
    void intake_officers_may_not_read_reports() throws Exception {
        var api = LoggedInSession.login(baseUrl(), "intake").api("GET", "/api/v1/reports/signal-overview", null);
        assertThat(api.status()).isEqualTo(403);
    }
}
