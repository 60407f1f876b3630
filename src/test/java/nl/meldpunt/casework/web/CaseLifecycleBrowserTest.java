package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One complaint through its whole life in a browser: public web form, classification (triage confirmed), callback,
 * advice and a referral e-mail, the provider's complaint handling with an extension, consultation, authorisation,
 * forwarding, the inspector's acceptance and decision to investigate, a letter to the provider, the investigation's
 * result (monitoring), closure with an outcome and the closure letter as PDF; the contact log shows what went out
 * and the history tells the story in that order, in words (no codes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleBrowserTest extends IntegrationTest {

    @Autowired CaseQueries queries;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void stop() {
        browser.close();
        playwright.close();
    }

    @Test
    void one_complaint_from_web_form_to_closure_letter_and_the_history_tells_the_story() throws Exception {
        LocalDate today = LocalDate.now(Amsterdam.ZONE);
        String email = "anna." + UUID.randomUUID() + "@example.org";
        String number = submitPublicForm("Mijn vader krijgt in het verpleeghuis zijn medicijnen te laat "
                + UUID.randomUUID(), email);

        // Triage: the officer confirms the classification and takes the case in hand.
        Page intake = login("intake");
        openCase(intake, number);
        intake.selectOption("#kind", "COMPLAINT");
        intake.selectOption("#reporterType", "CITIZEN");
        intake.selectOption("#sector", "ELDERLY_CARE");
        intake.selectOption("#urgency", "NORMAL");
        intake.fill("#reason", "Classificatie bevestigd");
        submit(intake, "#classification-edit button[type=submit]");
        submit(intake, "#status-change button[value=IN_PROGRESS]");

        // Callback: the reporter is reached.
        section(intake);
        StaffBrowser.assertAccessible(intake);
        intake.check("#lc-terugbelpoging-outcome-REACHED");
        intake.fill("#lc-terugbelpoging-summary", "Teruggebeld, uitgelegd wat het Meldpunt doet");
        submit(intake, "#lc-terugbelpoging button[type=submit]");

        // The reporter calls back with more information: logged in the contact log (a wrong duration is refused
        // next to the field, with what was typed kept).
        openCase(intake, number);
        intake.click("#contact-add summary");
        intake.selectOption("#contact-medium", "PHONE");
        intake.selectOption("#contact-direction", "INCOMING");
        intake.selectOption("#contact-outcome", "REACHED");
        intake.fill("#contact-durationMinutes", "2000");
        intake.fill("#contact-summary", "Melder belde met een aanvulling over de avondronde");
        intake.click("#contact-form button[type=submit]");
        intake.waitForSelector("#contact-durationMinutes-error");
        assertThat(intake.inputValue("#contact-summary")).isEqualTo("Melder belde met een aanvulling over de avondronde");
        intake.fill("#contact-durationMinutes", "6");
        intake.click("#contact-form button[type=submit]");
        intake.locator("#contact-log", new Page.LocatorOptions().setHasText("aanvulling over de avondronde")).waitFor();
        assertThat(intake.locator("#contact-log").innerText()).contains("Inkomend", "6 min");
        StaffBrowser.assertAccessible(intake);

        // Advice and a referral, with the referral letter sent by e-mail.
        intake.navigate(baseUrl() + "/zaken/" + number + "/correspondentie");
        intake.fill("#advice-text", "Dien eerst een klacht in bij de klachtenfunctionaris van het verpleeghuis");
        follow(intake, "#advice-form button[type=submit]", "/correspondentie");
        assertThat(intake.locator("#advice-list").innerText()).contains("klachtenfunctionaris");
        intake.selectOption("#referral-organisation", "COMPLAINTS_OFFICER");
        intake.fill("#referral-note", "Melder dient de klacht zelf in");
        follow(intake, "#referral-form button[type=submit]", "/correspondentie");
        intake.locator("#referral-list a").first().click();
        intake.waitForURL("**sjabloon=REFERRAL**");
        assertThat(intake.inputValue("#template")).isEqualTo("REFERRAL");
        intake.selectOption("#medium", "EMAIL");
        intake.selectOption("#recipient", "CITIZEN");
        follow(intake, "#send-button", "/correspondentie");
        assertThat(intake.locator("#sent-items").innerText()).contains("Verwijzing", "E-mail");
        assertThat(Arrays.stream(TestMail.server().getReceivedMessages()).anyMatch(m -> sentTo(m, email))).isTrue();
        StaffBrowser.assertAccessible(intake);

        // The provider's complaint handling, with an extension.
        openCase(intake, number);
        section(intake);
        intake.fill("#lc-aanbieder-klacht-filedOn", today.minusDays(20).toString());
        submit(intake, "#lc-aanbieder-klacht button[type=submit]");
        section(intake);
        intake.fill("#lc-aanbieder-verlenging-weeks", "4");
        intake.fill("#lc-aanbieder-verlenging-reason", "Aanbieder wacht op het verslag van de specialist");
        submit(intake, "#lc-aanbieder-verlenging button[type=submit]");

        // Consultation with the citizen.
        section(intake);
        intake.fill("#lc-overleg-consultedOn", today.toString());
        intake.selectOption("#lc-overleg-medium", "PHONE");
        intake.fill("#lc-overleg-summary", "Besproken dat de inspecteur de klacht als melding behandelt");
        intake.selectOption("#lc-overleg-agreesToForwarding", "true");
        submit(intake, "#lc-overleg button[type=submit]");

        // Authorisation by the citizen to name her and her complaint to the provider.
        intake.navigate(baseUrl() + "/zaken/" + number + "/correspondentie");
        intake.fill("#givenOn", today.toString());
        intake.check("#scope-BOTH");
        intake.check("#form-VERBAL");
        intake.fill("#note", "Mevrouw gaf telefonisch toestemming om naam en klacht te noemen.");
        follow(intake, "#authorisation-form button[type=submit]", "/correspondentie");
        assertThat(intake.locator("#authorisations").innerText()).contains("Naam en inhoud van de klacht", "Geldig");

        // Forwarding to an inspector.
        openCase(intake, number);
        section(intake);
        intake.fill("#lc-doorzetten-motivation", "Structureel te laat met medicatie, meerdere bewoners");
        intake.selectOption("#lc-doorzetten-urgency", "HIGH");
        intake.fill("#lc-doorzetten-targetTeam", "TOEZICHT-CARE");
        submit(intake, "#lc-doorzetten button[type=submit]");
        assertThat(queries.find(number, false).orElseThrow().status()).isEqualTo(CaseStatus.FORWARDED);

        // The inspector accepts and decides to investigate: the case is monitored.
        Page inspector = login("inspector");
        inspector.navigate(baseUrl() + "/werk/doorgezet");
        StaffBrowser.assertAccessible(inspector);
        inspector.locator("#forwarded-queue a:text('" + number + "')").click();
        section(inspector);
        submit(inspector, "#lc-inspecteur-accepteren button[type=submit]");
        section(inspector);
        inspector.selectOption("#lc-inspecteur-besluit-decision", "INVESTIGATE");
        inspector.fill("#lc-inspecteur-besluit-motivation", "Patroon bij deze aanbieder: onderzoek ter plaatse");
        submit(inspector, "#lc-inspecteur-besluit button[type=submit]");
        assertThat(queries.find(number, false).orElseThrow().status()).isEqualTo(CaseStatus.MONITORING);

        // A letter to the provider, which names the citizen: allowed by the authorisation.
        intake.navigate(baseUrl() + "/zaken/" + number + "/correspondentie");
        intake.selectOption("#template", "PROVIDER_LETTER");
        intake.selectOption("#medium", "LETTER");
        intake.selectOption("#recipient", "PROVIDER");
        intake.fill("#recipientName", "Verpleeghuis De Linde");
        intake.fill("#recipientAddress", "Postbus 1\n3500 AA Utrecht");
        follow(intake, "#send-button", "/correspondentie");
        assertThat(intake.locator("#sent-items").innerText()).contains("Brief aan zorgaanbieder", "Zorgaanbieder");

        // Monitoring ends with the investigation's result; the case is closed with an outcome.
        openCase(intake, number);
        section(intake);
        intake.fill("#lc-onderzoeksresultaat-result", "Aanwijzing gegeven; medicatieronde is aangepast");
        intake.fill("#lc-onderzoeksresultaat-citizenInformedOn", today.toString());
        submit(intake, "#lc-onderzoeksresultaat button[type=submit]");
        section(intake);
        intake.selectOption("#lc-afsluiten-outcome", "FORWARDED_INVESTIGATED");
        intake.fill("#lc-afsluiten-note", "Melder is tevreden over de uitkomst");
        submit(intake, "#lc-afsluiten button[type=submit]");
        assertThat(intake.textContent("#case-status")).isEqualTo("Afgesloten");

        // The closure letter as PDF, naming the case and its outcome.
        intake.navigate(baseUrl() + "/zaken/" + number + "/correspondentie");
        intake.selectOption("#template", "CLOSURE");
        intake.selectOption("#medium", "LETTER");
        intake.selectOption("#recipient", "CITIZEN");
        follow(intake, "#send-button", "/correspondentie");
        Download download = intake.waitForDownload(
                () -> intake.locator("#sent-items tbody tr").last().locator("a").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number, "Dorpsstraat 12", "Doorgezet", "onderzocht");
        }

        // The contact log shows the call and every e-mail and letter that went out.
        openCase(intake, number);
        intake.waitForSelector("#contact-log");
        String contactLog = intake.locator("#contact-log").innerText();
        assertThat(contactLog).contains("Telefoon", "Bereikt", "E-mail", "Brief", "Uitgaand", "Verstuurd",
                "Waar u terecht kunt");
        StaffBrowser.assertAccessible(intake);

        List<String> story = intake.locator("#history tbody tr td:nth-child(3) strong").allTextContents();
        assertThat(story).containsSubsequence(
                "Geregistreerd",
                "Classificatie gewijzigd",
                "Status gewijzigd",
                "Contact vastgelegd",
                "Advies gegeven",
                "Verwezen",
                "Brief of e-mail verstuurd",
                "Klacht ingediend bij zorgaanbieder",
                "Termijn zorgaanbieder verlengd",
                "Overleg met melder",
                "Machtiging vastgelegd",
                "Doorgezet naar inspecteur",
                "Status gewijzigd",
                "Geaccepteerd door inspecteur",
                "Besluit inspecteur",
                "Status gewijzigd",
                "Brief of e-mail verstuurd",
                "Resultaat onderzoek vastgelegd",
                "Status gewijzigd",
                "Afgesloten",
                "Brief of e-mail verstuurd");
        String history = intake.textContent("#history");
        assertThat(history).contains("Wordt gevolgd").contains("Doorgezet naar inspecteur")
                .contains("Patroon bij deze aanbieder").contains("Aanbieder wacht op het verslag")
                .contains("Uitkomst: Doorgezet \u2013 onderzocht")
                .contains("Reikwijdte: Naam en inhoud van de klacht")
                .contains("Besluit: Onderzoek instellen")
                .doesNotContain("FORWARDED_INVESTIGATED").doesNotContain(": BOTH");
        intake.context().close();
        inspector.context().close();
    }

    @Test
    void forwarding_without_consultation_on_the_page_names_the_rule_and_keeps_the_input() {
        String number = submitPublicForm("Klacht over de huisarts " + UUID.randomUUID());
        Page intake = login("intake");
        openCase(intake, number);
        submit(intake, "#status-change button[value=IN_PROGRESS]");
        section(intake);
        intake.fill("#lc-doorzetten-motivation", "Mijn motivering");
        intake.selectOption("#lc-doorzetten-urgency", "NORMAL");
        intake.fill("#lc-doorzetten-targetTeam", "TOEZICHT-EERSTELIJN");

        Response refused = submit(intake, "#lc-doorzetten button[type=submit]");
        assertThat(refused.status()).isEqualTo(422);
        intake.waitForURL("**/behandeling/doorzetten");
        intake.waitForSelector("#lifecycle-message");
        assertThat(intake.textContent("#lifecycle-message")).contains("overleg met de melder");
        assertThat(intake.inputValue("#lc-doorzetten-motivation")).isEqualTo("Mijn motivering");
        assertThat(intake.inputValue("#lc-doorzetten-targetTeam")).isEqualTo("TOEZICHT-EERSTELIJN");
        assertThat(intake.inputValue("#lc-doorzetten-urgency")).isEqualTo("NORMAL");

        intake.fill("#lc-aanbieder-klacht-filedOn", "");
        Response invalid = submit(intake, "#lc-aanbieder-klacht button[type=submit]");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(intake.textContent("#lc-aanbieder-klacht-filedOn-error")).isNotBlank();
        StaffBrowser.assertAccessible(intake);
        intake.context().close();
    }

    private String submitPublicForm(String description) {
        return submitPublicForm(description, null);
    }

    private String submitPublicForm(String description, String email) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(baseUrl() + "/melden");
        page.check("#kind-COMPLAINT");
        page.fill("#description", description);
        page.check("#relation-RELATIVE");
        page.check("#contactPreference-PHONE");
        page.fill("#name", "Anna de Vries");
        page.fill("#phone", "06-12345678");
        if (email != null) {
            page.fill("#email", email);
            page.fill("#postalAddress", "Dorpsstraat 12\n1234 AB Ergenshuizen");
        }
        page.waitForResponse(r -> r.request().method().equals("POST") && r.url().endsWith("/melden"),
                () -> page.click("#submit"));
        page.waitForURL("**/melden/ontvangen/**");
        String number = page.textContent("#case-number").strip();
        context.close();
        return number;
    }

    private Page login(String user) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(baseUrl() + "/login");
        page.fill("#username", user);
        page.fill("#password", user);
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private void openCase(Page page, String number) {
        page.navigate(baseUrl() + "/zaken/" + number);
    }

    /** Clicks a button whose form redirects (post/redirect/get) and waits until the page it leads to has loaded. */
    private static void follow(Page page, String button, String urlPart) {
        page.waitForResponse(r -> r.request().method().equals("GET") && r.request().isNavigationRequest()
                && r.url().contains(urlPart), () -> page.click(button));
        page.waitForLoadState();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Waits until htmx has put the handling section into the case page. */
    private static void section(Page page) {
        page.waitForSelector("#lifecycle-heading");
    }

    /** Clicks a submit button and returns the response to the form's POST (after a redirect: the page it led to). */
    private static Response submit(Page page, String button) {
        Response response = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.click(button));
        page.waitForLoadState();
        return response;
    }
}
