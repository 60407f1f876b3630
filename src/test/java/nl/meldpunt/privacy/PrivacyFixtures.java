package nl.meldpunt.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test data for privacy tests: cases with a named reporter, unique per test so tests never see each other's data. */
final class PrivacyFixtures {

    private PrivacyFixtures() {}

    /** A surname nobody else uses in the test run, so searches find only this test's cases. */
    static String uniqueSurname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Van " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1, Math.min(9, letters.length()))
                + "hoven";
    }

    static String register(CaseRegistration registration, String kind, String name, String email, String phone,
            String description) {
        return registration.register(new NewCase(Channel.WEB_FORM, kind, "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), description, null, null,
                new NewReporter(false, ReporterRelation.PATIENT, name, email, phone, "Dorpsstraat 1, 1234 AB Ons Dorp",
                        ContactPreference.PHONE),
                List.of(NewSubject.provider("Verpleeghuis De Linde", "Zwolle", null)),
                List.of(new NewAttachment("brief.pdf", "application/pdf",
                        ("%PDF-1.4 brief van " + name).getBytes(StandardCharsets.UTF_8))),
                null)).caseNumber().value();
    }

    static void actAs(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                "n/a", java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }

    static void nobody() {
        SecurityContextHolder.clearContext();
    }

}
