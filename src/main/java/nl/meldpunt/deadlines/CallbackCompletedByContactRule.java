package nl.meldpunt.deadlines;

import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLogged;
import nl.meldpunt.casework.ContactMedium;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The callback promise is kept when the person is reached: a logged contact that reached them completes the
 * case's open callback clock. A call nobody answered, or an internal note, leaves it running. So does an e-mail or
 * letter the person sent us: the promise is that Meldpunt contacts the person (decision 2550).
 */
@Component
class CallbackCompletedByContactRule {

    private final Clocks clocks;

    CallbackCompletedByContactRule(Clocks clocks) {
        this.clocks = clocks;
    }

    static boolean completesCallback(ContactLogged event) {
        boolean writtenToUs = event.direction() == ContactDirection.INCOMING
                && (event.medium() == ContactMedium.EMAIL || event.medium() == ContactMedium.LETTER);
        return event.reachedThePerson() && !writtenToUs;
    }

    @ApplicationModuleListener
    void on(ContactLogged event) {
        if (!completesCallback(event)) {
            return;
        }
        clocks.forCase(event.caseId()).stream()
                .filter(c -> CallbackClockRule.TYPE.equals(c.type()))
                .filter(c -> c.state().canMoveTo(ClockState.COMPLETED))
                .forEach(c -> clocks.complete(c.id(), null));
    }
}
