package nl.meldpunt.casework;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links the providers of every new case to the provider register after the intake is committed (so intake stays
 * fast), whatever the channel. The event publication registry redelivers it when the application stopped first.
 */
@Component
class SubjectProviderLinker {

    private final CaseSubjects subjects;

    SubjectProviderLinker(CaseSubjects subjects) {
        this.subjects = subjects;
    }

    @ApplicationModuleListener
    void on(CaseRegistered event) {
        subjects.linkToRegister(event.caseId());
    }
}
