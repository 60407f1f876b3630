package nl.meldpunt.casework;

import java.util.List;
import nl.meldpunt.casework.CaseHandling.Consultation;
import nl.meldpunt.casework.CaseView.ReporterView;
import nl.meldpunt.casework.LifecycleRules.AnonymousForwardingRequiresSeniorApproval;
import nl.meldpunt.casework.LifecycleRules.CitizenDeclinedForwarding;
import nl.meldpunt.casework.LifecycleRules.ForwardingRequiresConsultation;

/**
 * Forwarding a citizen's complaint to an inspector is always in consultation with the citizen: the last recorded
 * consultation must say the citizen agrees. When the citizen cannot be consulted (anonymous, or no contact
 * wanted), a senior decides: only a senior may forward, and is recorded as approving. Reports from others than
 * citizens (providers, professionals, government, manufacturers) need neither.
 */
final class ForwardingConsentPolicy {

    /** What allowed the forwarding: the consultation it rests on, or the senior who approved it. */
    record Consent(Long consultationId, String approvedBySenior) {}

    private ForwardingConsentPolicy() {}

    static Consent check(String reporterType, ReporterView reporter, List<Consultation> consultations, String actor,
            boolean actorIsSenior) {
        if (reporterType != null && !"CITIZEN".equals(reporterType)) {
            return new Consent(null, null);
        }
        if (!canBeConsulted(reporter)) {
            if (!actorIsSenior) {
                throw new AnonymousForwardingRequiresSeniorApproval();
            }
            return new Consent(null, actor);
        }
        if (consultations.isEmpty()) {
            throw new ForwardingRequiresConsultation();
        }
        Consultation last = consultations.getLast();
        if (!last.agreesToForwarding()) {
            throw new CitizenDeclinedForwarding();
        }
        return new Consent(last.id(), null);
    }

    static boolean canBeConsulted(ReporterView reporter) {
        return reporter != null && !reporter.anonymous() && reporter.contactPreference().wantsContact();
    }
}
