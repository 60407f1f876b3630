package nl.meldpunt.casework;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links the providers of every new case to the provider register, whatever the channel. {@link CaseRegistered} is
 * published by the follow-up worker after the intake is committed (decision 2200), so the link is made in that
 * worker's transaction and retried with the case if it fails; intake itself does not wait for it.
 */
@Component
class SubjectProviderLinker {

    private final CaseSubjects subjects;

    SubjectProviderLinker(CaseSubjects subjects) {
        this.subjects = subjects;
    }

    @EventListener
    void on(CaseRegistered event) {
        subjects.linkToRegister(event.caseId());
    }
}
