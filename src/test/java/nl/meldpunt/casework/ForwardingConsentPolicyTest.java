package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casework.CaseHandling.Consultation;
import nl.meldpunt.casework.CaseView.ReporterView;
import nl.meldpunt.casework.LifecycleRules.AnonymousForwardingRequiresSeniorApproval;
import nl.meldpunt.casework.LifecycleRules.CitizenDeclinedForwarding;
import nl.meldpunt.casework.LifecycleRules.ForwardingRequiresConsultation;
import org.junit.jupiter.api.Test;

/** The forwarding rule alone, without a database: which consent a forwarding rests on. */
class ForwardingConsentPolicyTest {

    private static final ReporterView CALLABLE = new ReporterView(false, ReporterRelation.PATIENT, "x", null, "06",
            null, ContactPreference.PHONE);
    private static final ReporterView ANONYMOUS = new ReporterView(true, ReporterRelation.PATIENT, null, null, null,
            null, ContactPreference.NONE);

    private static Consultation consultation(long id, boolean agrees) {
        return new Consultation(id, LocalDate.of(2026, 11, 20), ContactMedium.PHONE, "x", agrees, Instant.EPOCH, "i");
    }

    @Test
    void forwarding_requires_consultation() {
        assertThatThrownBy(() -> ForwardingConsentPolicy.check("CITIZEN", CALLABLE, List.of(), "intake", false))
                .isInstanceOf(ForwardingRequiresConsultation.class);
    }

    @Test
    void the_last_consultation_counts() {
        assertThat(ForwardingConsentPolicy.check("CITIZEN", CALLABLE,
                List.of(consultation(1, false), consultation(2, true)), "intake", false).consultationId())
                .isEqualTo(2L);
        assertThatThrownBy(() -> ForwardingConsentPolicy.check("CITIZEN", CALLABLE,
                List.of(consultation(1, true), consultation(2, false)), "intake", false))
                .isInstanceOf(CitizenDeclinedForwarding.class);
    }

    @Test
    void anonymous_case_forwarding_requires_senior_approval() {
        assertThatThrownBy(() -> ForwardingConsentPolicy.check("CITIZEN", ANONYMOUS, List.of(), "intake", false))
                .isInstanceOf(AnonymousForwardingRequiresSeniorApproval.class);
        assertThat(ForwardingConsentPolicy.check("CITIZEN", ANONYMOUS, List.of(), "senior", true).approvedBySenior())
                .isEqualTo("senior");
    }

    @Test
    void an_unknown_reporter_type_is_treated_as_a_citizen_and_other_reporters_need_no_consultation() {
        assertThatThrownBy(() -> ForwardingConsentPolicy.check(null, CALLABLE, List.of(), "intake", false))
                .isInstanceOf(ForwardingRequiresConsultation.class);
        assertThat(ForwardingConsentPolicy.check("GOVERNMENT", CALLABLE, List.of(), "intake", false))
                .isEqualTo(new ForwardingConsentPolicy.Consent(null, null));
    }
}
