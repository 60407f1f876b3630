package nl.meldpunt.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.casework.CaseHandling.ProviderComplaint;
import nl.meldpunt.casework.LifecycleRules.CaseIsClosed;
import nl.meldpunt.casework.LifecycleRules.ProviderComplaintAlreadyAnswered;
import nl.meldpunt.casework.LifecycleRules.ProviderComplaintAlreadyFiled;
import nl.meldpunt.casework.LifecycleRules.ProviderComplaintNotFiled;
import nl.meldpunt.casework.LifecycleRules.ProviderExtensionOnceOnly;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following the provider's complaint handling (LMZ task 2, Wkkgz): the day the citizen filed the complaint with the
 * provider starts the provider's term (6 weeks, clock in module deadlines), the provider may extend it once by at
 * most 4 weeks, and its answer ends it. Each step is announced as an event the clocks follow.
 */
@Component
public class ProviderComplaints {

    /** Wkkgz art. 17: the provider may extend its term once, by at most four weeks. */
    public static final int MAX_EXTENSION_WEEKS = 4;

    private final CaseQueries queries;
    private final CaseHistory history;
    private final LifecycleStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderComplaints(CaseQueries queries, CaseHistory history, LifecycleStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.history = history;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The citizen filed the complaint with the provider on {@code filedOn}. Returns the new version. */
    @Transactional
    public long filed(String caseNumber, long expectedVersion, LocalDate filedOn) {
        CaseView c = openCase(caseNumber);
        LifecycleInput.pastDate("filedOn", filedOn, clock);
        if (store.lockProviderComplaint(c.id()).isPresent()) {
            throw new ProviderComplaintAlreadyFiled();
        }
        long version = store.bumpVersion(c.id(), expectedVersion);
        store.insertProviderComplaint(c.id(), filedOn, clock.instant(), CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.PROVIDER_COMPLAINT_FILED,
                Map.of("filedOn", filedOn.toString()), null);
        events.publishEvent(new ProviderComplaintFiled(c.id(), c.caseNumber(), filedOn));
        return version;
    }

    /** The provider extended its term by {@code weeks} (1 to 4), once; a reason is required. */
    @Transactional
    public long extended(String caseNumber, long expectedVersion, Integer weeks, String reason) {
        CaseView c = openCase(caseNumber);
        if (weeks == null || weeks < 1 || weeks > MAX_EXTENSION_WEEKS) {
            throw InvalidInput.of("weeks", "Between 1 and " + MAX_EXTENSION_WEEKS + " weeks.");
        }
        String why = LifecycleInput.required("reason", reason);
        ProviderComplaint complaint = store.lockProviderComplaint(c.id()).orElseThrow(ProviderComplaintNotFiled::new);
        if (complaint.answered()) {
            throw new ProviderComplaintAlreadyAnswered();
        }
        if (complaint.extended()) {
            throw new ProviderExtensionOnceOnly();
        }
        long version = store.bumpVersion(c.id(), expectedVersion);
        Instant now = clock.instant();
        store.extendProviderComplaint(c.id(), weeks, why, now, CurrentUser.name());
        history.record(c.id(), CurrentUser.name(), HistoryAction.PROVIDER_COMPLAINT_EXTENDED,
                Map.of("weeks", weeks), why);
        events.publishEvent(new ProviderComplaintExtended(c.id(), c.caseNumber(), weeks, why));
        return version;
    }

    /** The provider answered on {@code answeredOn}; the summary is optional. */
    @Transactional
    public long answered(String caseNumber, long expectedVersion, LocalDate answeredOn, String summary) {
        CaseView c = openCase(caseNumber);
        LifecycleInput.pastDate("answeredOn", answeredOn, clock);
        String text = LifecycleInput.optional("summary", summary);
        ProviderComplaint complaint = store.lockProviderComplaint(c.id()).orElseThrow(ProviderComplaintNotFiled::new);
        if (complaint.answered()) {
            throw new ProviderComplaintAlreadyAnswered();
        }
        if (answeredOn.isBefore(complaint.filedOn())) {
            throw InvalidInput.of("answeredOn", "Cannot be before the complaint was filed.");
        }
        long version = store.bumpVersion(c.id(), expectedVersion);
        store.answerProviderComplaint(c.id(), answeredOn, text, CurrentUser.name());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("answeredOn", answeredOn.toString());
        history.record(c.id(), CurrentUser.name(), HistoryAction.PROVIDER_COMPLAINT_ANSWERED, details, null);
        events.publishEvent(new ProviderComplaintAnswered(c.id(), c.caseNumber(), answeredOn));
        return version;
    }

    private CaseView openCase(String caseNumber) {
        return CaseIsClosed.requireOpen(queries.require(caseNumber, false));
    }
}
