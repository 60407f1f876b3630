package nl.meldpunt.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import nl.meldpunt.privacy.PrivacyRequest.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject rights: finds everything about one person across every {@link PersonalDataHolder}, gathers it for
 * an export, and carries out a decided request (rectify, erase, restrict), recording the request, the decision,
 * who decided and on which legal ground in the same transaction as the change.
 */
@Component
public class SubjectRights {

    static final int MAX_MATCHES = 200;

    private final List<PersonalDataHolder> holders;
    private final PrivacyRequests requests;
    private final ProcessingRestrictions restrictions;
    private final LegalHolds holds;
    private final Clock clock;

    SubjectRights(List<PersonalDataHolder> holders, PrivacyRequests requests, ProcessingRestrictions restrictions,
            LegalHolds holds, Clock clock) {
        this.holders = holders;
        this.requests = requests;
        this.restrictions = restrictions;
        this.holds = holds;
        this.clock = clock;
    }

    /** Every record that may be about the person, best match first. */
    @Transactional(readOnly = true)
    public List<PersonalRecord> find(PersonQuery query) {
        if (query.hasNoCriteria()) {
            return List.of();
        }
        List<PersonalRecord> all = new ArrayList<>();
        holders.forEach(h -> all.addAll(h.find(query, MAX_MATCHES)));
        all.sort(Comparator.comparingDouble(PersonalRecord::score).reversed());
        return all.size() > MAX_MATCHES ? all.subList(0, MAX_MATCHES) : all;
    }

    /** Everything every holder keeps on these cases, per case in the given order. */
    @Transactional(readOnly = true)
    public Map<String, List<PersonalRecord>> onCases(Collection<String> caseNumbers) {
        Map<String, List<PersonalRecord>> byCase = new LinkedHashMap<>();
        for (String number : new LinkedHashSet<>(caseNumbers)) {
            if (number == null || !nl.meldpunt.casework.CaseNumber.isValid(number)) {
                continue; // e.g. a quarantined form submission that never became a case
            }
            List<PersonalRecord> records = new ArrayList<>();
            holders.forEach(h -> records.addAll(h.forCase(number)));
            byCase.put(number, records);
        }
        return byCase;
    }

    /** Records the request and its decision and carries it out; returns the request's id. */
    @Transactional
    public long decide(RequestForm form) {
        check(form);
        String actor = CurrentUser.name();
        boolean granted = form.decision() != Decision.REFUSED;
        if (granted) {
            switch (form.type()) {
                case RECTIFICATION -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    form.corrections().forEach((k, v) -> {
                        if (v != null && !v.isBlank()) {
                            values.put(k, v);
                        }
                    });
                    form.records().forEach(r -> holder(r).correct(r.recordId(), values, actor, reason(form)));
                }
                case ERASURE -> {
                    form.records().forEach(r -> {
                        if (holds.isOnHold(r.caseNumber())) {
                            throw new ErasureBlockedByLegalHold(r.caseNumber());
                        }
                    });
                    form.records().forEach(r -> holder(r).erase(r.recordId(), actor, reason(form)));
                }
                case RESTRICTION -> caseNumbers(form.records()).forEach(n -> restrictions.restrict(n, actor));
                case ACCESS -> { }
            }
        }
        Instant now = clock.instant();
        long id = requests.insert(new PrivacyRequest(0, form.type(), form.requester().strip(), form.receivedOn(),
                form.person(), form.records(), actor, form.decision(), form.legalGround().strip(), now, now, actor));
        if (granted && form.type() == RequestType.RESTRICTION) {
            restrictions.linkRequest(caseNumbers(form.records()), id);
        }
        return id;
    }

    private void check(RequestForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.type() == null) {
            errors.put("type", "Choose the kind of request.");
        }
        if (form.requester() == null || form.requester().isBlank()) {
            errors.put("requester", "Who made the request?");
        } else if (form.requester().length() > 300) {
            errors.put("requester", "At most 300 characters.");
        }
        if (form.receivedOn() == null) {
            errors.put("receivedOn", "When was the request received?");
        } else if (form.receivedOn().isAfter(clock.instant().atZone(nl.meldpunt.platform.Amsterdam.ZONE).toLocalDate())) {
            errors.put("receivedOn", "Cannot be in the future.");
        }
        if (form.decision() == null) {
            errors.put("decision", "Choose a decision.");
        }
        if (form.legalGround() == null || form.legalGround().isBlank()) {
            errors.put("legalGround", "Name the legal ground of the decision.");
        }
        if (form.records().isEmpty()) {
            errors.put("records", "Select the records the request is about.");
        }
        for (RecordRef r : form.records()) {
            if (holders.stream().noneMatch(h -> h.source().equals(r.source()))) {
                errors.put("records", "Unknown record.");
            }
        }
        if (form.type() == RequestType.RECTIFICATION && form.decision() != Decision.REFUSED) {
            if (form.corrections().values().stream().allMatch(v -> v == null || v.isBlank())) {
                errors.put("corrections", "Enter the corrected values.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private PersonalDataHolder holder(RecordRef ref) {
        return holders.stream().filter(h -> h.source().equals(ref.source())).findFirst()
                .orElseThrow(() -> InvalidInput.of("records", "Unknown record."));
    }

    private static Set<String> caseNumbers(List<RecordRef> records) {
        Set<String> numbers = new LinkedHashSet<>();
        records.forEach(r -> numbers.add(r.caseNumber()));
        return numbers;
    }

    private static String reason(RequestForm form) {
        return "AVG " + form.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + form.legalGround().strip();
    }
}
