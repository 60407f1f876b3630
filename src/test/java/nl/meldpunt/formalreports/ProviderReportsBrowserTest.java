package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The provider's report forms in a real browser, and the staff side of the same report. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderReportsBrowserTest extends IntegrationTest {

    @Autowired TestClock clock;
    @Autowired Clocks clocks;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void late_calamity_report_from_draft_to_question_answer_and_investigation_report() {
        clock.fixAt(LocalDateTime.parse("2026-05-04T10:00").atZone(Amsterdam.ZONE).toInstant());
        Page provider = login("zorgaanbieder", "/aanbieder");
        provider.click("text=Melding calamiteit");

        // Submitting an incomplete form: errors next to the fields, what was typed is kept.
        provider.fill("#whatHappened", "Een client kreeg tien keer de voorgeschreven dosis insuline.");
        provider.fill("#awareOn", "2026-05-10");
        submit(provider, "Melding indienen");
        assertThat(provider.locator("#error-summary").isVisible()).isTrue();
        assertThat(provider.locator("#immediateMeasures-error").innerText()).contains("Vul dit veld in");
        assertThat(provider.locator("#awareOn-error").innerText()).contains("toekomst");
        assertThat(provider.locator("#law-error").isVisible()).isTrue();
        assertThat(provider.inputValue("#whatHappened")).contains("tien keer");
        assertThat(provider.title()).startsWith("Fout:");
        assertNoSeriousViolations(provider);

        // Saved as a draft and completed later.
        provider.fill("#awareOn", "2026-04-23");
        submit(provider, "Opslaan als concept");
        assertThat(provider.url()).endsWith("/bewerken");
        assertThat(provider.locator(".mp-ok").innerText()).contains("concept is opgeslagen");
        provider.navigate(baseUrl() + "/aanbieder");
        assertThat(provider.locator("#my-reports").innerText()).contains("Concept");
        var draftRow = provider.locator("#my-reports tbody tr", new Page.LocatorOptions().setHasText("Concept"));
        provider.waitForNavigation(() -> draftRow.first().locator("a").click());
        assertThat(provider.inputValue("#awareOn")).isEqualTo("2026-04-23");
        provider.check("#law-WKKGZ");
        provider.fill("#occurredOn", "2026-04-22");
        provider.check("#outcome-TEMPORARY_HARM");
        provider.fill("#immediateMeasures", "Dubbele controle bij insuline ingevoerd.");
        provider.fill("#investigator", "Calamiteitencommissie");
        provider.fill("#investigationReportExpectedOn", "2026-06-15");
        submit(provider, "Melding indienen");

        String caseNumber = provider.locator("#submitted .mp-reference").innerText().strip();
        assertThat(caseNumber).startsWith("MP-2026-");
        assertThat(provider.locator("#report-term").innerText()).contains("Te laat gemeld met 3 werkdagen");
        assertNoSeriousViolations(provider);

        // Staff see the lateness on the case page and ask a question.
        Page staff = login("senior", "/zaken/" + caseNumber);
        staff.waitForSelector("#verplichte-melding");
        assertThat(staff.locator("#verplichte-melding").innerText())
                .contains("Te laat gemeld met 3 werkdagen", "Zorggroep De Linde", "tien keer");
        assertNoSeriousViolations(staff);
        staff.fill("#verplichte-melding #message", "Hoeveel clienten gebruiken dezelfde insulinepen?");
        submit(staff, "Vraag versturen");
        assertThat(staff.url()).endsWith("/zaken/" + caseNumber);
        assertThat(staff.locator("#history").innerText()).contains("Vraag aan de melder gesteld");

        // The provider sees the question and answers it.
        provider.reload();
        assertThat(provider.locator("#report-thread").innerText()).contains("dezelfde insulinepen");
        submit(provider, "Antwoord versturen");
        assertThat(provider.locator("#message-error").innerText()).contains("Vul dit veld in");
        provider.fill("#message", "Twee clienten, beide zijn gecontroleerd.");
        submit(provider, "Antwoord versturen");
        assertThat(provider.locator(".mp-ok").innerText()).contains("verstuurd");
        staff.reload();
        staff.waitForSelector("#verplichte-melding #report-thread");
        assertThat(staff.locator("#report-thread").innerText()).contains("Twee clienten");

        // A file that is not a document is refused; the investigation report completes the 8-week clock.
        provider.setInputFiles("#file", new FilePayload("rapport.txt", "text/plain",
                "geen pdf".getBytes(StandardCharsets.UTF_8)));
        submit(provider, "Rapport uploaden");
        assertThat(provider.locator("#file-error").innerText()).contains("PDF");
        provider.setInputFiles("#file", new FilePayload("onderzoek.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        submit(provider, "Rapport uploaden");
        assertThat(provider.locator(".mp-ok").innerText()).contains("onderzoeksrapport is ontvangen");
        assertThat(clocks.forCase(caseNumber)).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(InvestigationClock.TYPE);
            assertThat(c.state().name()).isEqualTo("COMPLETED");
        });
        staff.context().close();
        provider.context().close();
    }

    @Test
    void violence_dismissal_device_and_medicine_forms_validate_and_submit() {
        Page page = login("zorgaanbieder", "/aanbieder");

        open(page, "geweld");
        submit(page, "Melding indienen");
        assertThat(page.locator(".mp-error").count()).isGreaterThanOrEqualTo(8);
        assertNoSeriousViolations(page);
        page.check("#law-JEUGDWET");
        page.check("#violenceType-PHYSICAL");
        page.check("#perpetrator-STAFF");
        page.fill("#whatHappened", "Een begeleider duwde een jongere tegen de muur.");
        page.fill("#occurredOn", "2026-01-05");
        page.fill("#awareOn", "2026-01-06");
        page.check("#outcome-TEMPORARY_HARM");
        page.fill("#immediateMeasures", "Begeleider op non-actief gezet.");
        page.check("#policeInformed-YES");
        submit(page, "Melding indienen");
        assertThat(page.locator("#submitted").innerText()).contains("MP-");
        assertThat(page.locator("#report-term").innerText()).contains("Geen vaste termijn");

        open(page, "ontslag");
        page.fill("#professionalName", "Verpleegkundige Test");
        page.fill("#bigNumber", "12345678901");
        submit(page, "Melding indienen");
        assertThat(page.locator("#bigNumber-error").innerText()).contains("BIG-nummer");
        assertThat(page.inputValue("#professionalName")).isEqualTo("Verpleegkundige Test");
        assertNoSeriousViolations(page);
        page.fill("#bigNumber", FormalReportApiTest.VALID_BIG);
        page.fill("#profession", "Verpleegkundige");
        page.fill("#dismissedOn", "2026-01-05");
        page.check("#conduct-MEDICINE_THEFT");
        page.fill("#dismissalReason", "Morfine ontvreemd uit de medicijnkast.");
        submit(page, "Melding indienen");
        assertThat(page.locator("#submitted").innerText()).contains("MP-");

        open(page, "hulpmiddel");
        page.fill("#udiDi", "no");
        submit(page, "Melding indienen");
        assertThat(page.locator("#udiDi-error").isVisible()).isTrue();
        assertThat(page.locator("#lotNumber-error").innerText()).contains("lotnummer of een serienummer");
        assertNoSeriousViolations(page);
        page.fill("#manufacturerReference", "WEB-1");
        page.fill("#deviceName", "Insulinepen Fictief");
        String udi = "08712345" + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#udiDi", udi);
        page.fill("#model", "IP-2");
        page.fill("#serialNumber", "SN-99");
        page.fill("#occurredOn", "2026-01-02");
        page.fill("#awareOn", "2026-01-03");
        page.fill("#whatHappened", "De pen doseerde niet.");
        page.check("#patientOutcome-OTHER");
        page.check("#severity-OTHER");
        submit(page, "Melding indienen");
        assertThat(page.locator("#submitted").innerText()).contains("MP-");

        String incidentCase = page.locator("#submitted .mp-reference").innerText().strip();

        // A field safety corrective action for the same device, with its notice, is linked to the incident.
        open(page, "veiligheidsactie");
        submit(page, "Melding indienen");
        assertThat(page.locator("#actionType-error").isVisible()).isTrue();
        assertNoSeriousViolations(page);
        page.fill("#fscaReference", "FSCA-1");
        page.fill("#deviceName", "Insulinepen Fictief");
        page.fill("#udiDi", udi);
        page.fill("#model", "IP-2");
        page.check("#actionType-RECALL");
        page.fill("#startedOn", "2026-01-10");
        page.fill("#actionDescription", "Alle pennen van serie IP-2 worden teruggehaald.");
        page.fill("#distribution", "Ziekenhuisapotheken in Nederland.");
        submit(page, "Melding indienen");
        String fscaCase = page.locator("#submitted .mp-reference").innerText().strip();
        page.setInputFiles("#file", new FilePayload("fsn.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        submit(page, "Rapport uploaden");
        assertThat(page.locator(".mp-ok").innerText()).contains("veiligheidsmededeling is ontvangen");
        Page staff = login("senior", "/zaken/" + incidentCase + "/verplichte-melding");
        assertThat(staff.locator("#same-device").innerText()).contains(fscaCase, "Corrigerende actie");
        staff.context().close();

        open(page, "geneesmiddel");
        page.fill("#registrationNumber", "12345");
        submit(page, "Melding indienen");
        assertThat(page.locator("#registrationNumber-error").innerText()).contains("RVG");
        assertNoSeriousViolations(page);
        page.check("#reportKind-QUALITY_DEFECT");
        page.check("#reporterRole-PHARMACIST");
        page.fill("#productName", "Paracetamol Fictief 500 mg");
        page.fill("#registrationNumber", "RVG 12345");
        page.fill("#batch", "B-2026-1");
        page.fill("#awareOn", "2026-01-04");
        page.fill("#defect", "Tabletten verkleurd.");
        page.fill("#distribution", "Drie apotheken in Utrecht.");
        page.check("#recallProposed-YES");
        submit(page, "Melding indienen");
        assertThat(page.locator("#submitted").innerText()).contains("MP-");
        page.context().close();
    }

    @Test
    void mir_xml_uploaded_on_the_web_becomes_a_report_and_a_bad_file_is_refused() throws Exception {
        Page page = login("zorgaanbieder", "/aanbieder/mir");
        page.setInputFiles("#file", new FilePayload("mir.xml", "application/xml",
                FormalReportApiTest.mir("mir-xxe.xml").getBytes(StandardCharsets.UTF_8)));
        submit(page, "Uploaden en indienen");
        assertThat(page.locator("#file-error").innerText()).contains("DOCTYPE");
        assertNoSeriousViolations(page);
        String udi = "0871299" + UUID.randomUUID().toString().substring(0, 8);
        page.setInputFiles("#file", new FilePayload("mir.xml", "application/xml", FormalReportApiTest
                .mir("mir-valid.xml").replace("UDI_PLACEHOLDER", udi).getBytes(StandardCharsets.UTF_8)));
        submit(page, "Uploaden en indienen");
        assertThat(page.locator("#submitted").innerText()).contains("MP-");
        assertThat(page.locator("#report-fields").innerText()).contains(udi, "LOT-2026-17");
        page.context().close();
    }

    private void open(Page page, String slug) {
        page.navigate(baseUrl() + "/aanbieder/meldingen/nieuw/" + slug);
    }

    Page login(String user, String path) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(baseUrl() + path);
        page.fill("#username", user);
        page.fill("#password", user);
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        assertThat(page.url()).doesNotContain("/login");
        return page;
    }

    static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.click("button:has-text('" + button + "')"));
    }

    static void assertNoSeriousViolations(Page page) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).as(() -> serious.stream().map(v -> v.getId() + ": " + v.getHelp()).toList().toString())
                .isEmpty();
    }
}
