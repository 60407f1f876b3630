package nl.meldpunt.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.CaseHandling;
import nl.meldpunt.casework.CaseLifecycle;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.deadlines.CaseClock;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The values of the placeholders for one case, in the letter's language. */
@Component
class CaseFields {

    private final Clocks clocks;
    private final StaffUsers staff;
    private final AdviceCatalogue catalogue;
    private final AdviceAndReferrals advice;
    private final CaseLifecycle lifecycle;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    CaseFields(Clocks clocks, StaffUsers staff, AdviceCatalogue catalogue, AdviceAndReferrals advice,
            CaseLifecycle lifecycle, ReferenceData reference, MessageSource messages, Clock clock) {
        this.clocks = clocks;
        this.staff = staff;
        this.catalogue = catalogue;
        this.advice = advice;
        this.lifecycle = lifecycle;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    Map<Placeholder, String> of(CaseView c, Composition composition) {
        Locale locale = Locale.forLanguageTag(composition.language());
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.ZAAKNUMMER, c.caseNumber());
        values.put(Placeholder.DATUM, date(LocalDate.ofInstant(clock.instant(), Amsterdam.ZONE), locale));
        values.put(Placeholder.ONTVANGSTDATUM, date(LocalDate.ofInstant(c.receivedAt(), Amsterdam.ZONE), locale));
        String name = c.reporter() == null || c.reporter().name() == null ? null : c.reporter().name();
        values.put(Placeholder.NAAM, name != null ? name : msg("correspondence.field.noName", locale));
        values.put(Placeholder.TERUGBELDATUM, clocks.forCase(c.id()).stream()
                .filter(k -> k.type().equals("CALLBACK"))
                .map(CaseClock::dueDay)
                .findFirst()
                .map(d -> date(d, locale))
                .orElse(msg("correspondence.field.soon", locale)));
        values.put(Placeholder.ZORGAANBIEDER, provider(c).orElse(msg("correspondence.field.provider", locale)));
        values.put(Placeholder.OMSCHRIJVING, c.description());
        String user = CurrentUser.name();
        values.put(Placeholder.MEDEWERKER, staff.find(user).map(StaffUser::displayName)
                .filter(n -> n != null && !n.isBlank()).orElse(user));
        String adviceText = Authorisations.blankToNull(composition.advice());
        values.put(Placeholder.ADVIES, adviceText != null ? adviceText
                : advice.latestAdviceText(new nl.meldpunt.casework.CaseNumber(c.caseNumber()), composition.language())
                        .orElse(""));
        CaseHandling.Closure closure = lifecycle.handling(c.caseNumber()).closure();
        values.put(Placeholder.UITKOMST, closure == null || closure.reopenedAt() != null
                ? msg("correspondence.field.noOutcome", locale)
                : reference.label(ReferenceList.CLOSURE_OUTCOME, closure.outcome(), locale));
        if (composition.organisation() != null) {
            catalogue.organisation(composition.organisation()).ifPresent(o -> {
                values.put(Placeholder.ORGANISATIE, o.name());
                values.put(Placeholder.ORGANISATIE_WANNEER, o.when(composition.language()));
                values.put(Placeholder.ORGANISATIE_CONTACT, o.contact() == null ? "-" : o.contact());
                values.put(Placeholder.ORGANISATIE_WEBSITE, o.website() == null ? "-" : o.website());
            });
        }
        return values;
    }

    static java.util.Optional<String> provider(CaseView c) {
        return c.subjects().stream().filter(s -> s.type() == SubjectType.PROVIDER && s.name() != null)
                .map(CaseView.SubjectView::name).findFirst();
    }

    static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
