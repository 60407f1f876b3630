package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** An acute intake stays in a banner on every staff page until a senior acknowledges it; citizens never see it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcuteBannerTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    TriageSuggestions suggestions;

    @Autowired
    AcuteAlerts alerts;

    private StaffBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new StaffBrowser(baseUrl());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void an_acute_intake_is_on_every_staff_page_until_a_senior_acknowledges_it() {
        RegisteredCase acute = registration.register(new NewCase(Channel.PHONE, null, "CITIZEN", null, null, null,
                "Buurvrouw belt: de begeleider van de woongroep slaat haar zoon nog steeds, vanochtend weer. "
                        + "Hij is daar nu en ze durft niets te zeggen.",
                null, Instant.now(), null, null, null, null));
        String number = acute.caseNumber().value();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions.unacknowledged().stream().anyMatch(a -> a.caseId() == acute.id()));

        Page intake = browser.loginAs("intake");
        for (String path : new String[] {"/werk", "/werk/team", "/intake/nieuw"}) {
            intake.navigate(browser.url(path));
            assertThat(intake.locator(".mp-acute-banner").textContent()).as(path).contains(number);
        }
        assertThat(intake.locator(".mp-acute-banner form[action*='/triage/acuut/" + acute.id() + "/']").count())
                .as("only seniors may acknowledge").isZero();
        StaffBrowser.assertAccessible(intake);

        Page citizen = intake.context().browser().newPage();
        citizen.navigate(browser.url("/melden"));
        assertThat(citizen.locator(".mp-acute-banner").count()).isZero();
        assertThat(citizen.content()).doesNotContain(number);

        Page senior = browser.loginAs("senior");
        senior.navigate(browser.url("/werk"));
        senior.locator(".mp-acute-banner form[action*='/triage/acuut/" + acute.id() + "/'] button").click();
        senior.waitForURL(url -> url.endsWith("/werk"));
        assertThat(senior.locator(".mp-acute-banner a", new Page.LocatorOptions().setHasText(number)).count())
                .isZero();

        AcuteAlert alert = suggestions.unacknowledged().stream().filter(a -> a.caseId() == acute.id()).findFirst()
                .orElse(null);
        assertThat(alert).as("acknowledged alerts leave the banner").isNull();
        assertThat(alerts.find(acute.id())).hasValueSatisfying(a -> {
            assertThat(a.acknowledgedBy()).isEqualTo("senior");
            assertThat(a.acknowledgedAt()).isNotNull();
        });
        intake.navigate(browser.url("/werk"));
        assertThat(intake.locator(".mp-acute-banner a", new Page.LocatorOptions().setHasText(number)).count())
                .isZero();
    }
}
