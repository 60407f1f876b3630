package nl.meldpunt.intake;

import java.sql.Timestamp;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.intake.IdempotencyKeys.Claim;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers an intake from the API, honouring the client's Idempotency-Key, in one transaction: register the case,
 * then claim the key. When the key is already claimed, by an earlier request or by a concurrent one that just
 * committed, this transaction is rolled back (the case it registered disappears; its number is a gap) and the
 * existing case is answered instead. The primary key of the key table is the only arbiter, so two racing
 * requests can never both create a case.
 */
@Component
class IntakeApiRegistration {

    private final CaseRegistration registration;
    private final CaseQueries queries;
    private final IdempotencyKeys keys;
    private final TransactionTemplate tx;

    IntakeApiRegistration(CaseRegistration registration, CaseQueries queries, IdempotencyKeys keys,
            PlatformTransactionManager transactions) {
        this.registration = registration;
        this.queries = queries;
        this.keys = keys;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * @param key the client's Idempotency-Key, or null
     * @param requestHash a hash of the request, to tell a retry from a different request under the same key
     */
    IntakeApiResponse register(NewCase intake, String client, String key, String requestHash) {
        if (key == null) {
            return tx.execute(status -> created(registration.register(intake)));
        }
        return tx.execute(status -> {
            var earlier = keys.find(client, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
            RegisteredCase registered = registration.register(intake);
            Claim claim = new Claim(requestHash, registered.id(), registered.caseNumber().value(),
                    Timestamp.from(registered.receivedAt()), Timestamp.from(registered.registeredAt()),
                    registered.wantsContact());
            if (keys.claim(client, key, claim)) {
                return created(registered);
            }
            status.setRollbackOnly();
            return replay(keys.find(client, key).orElseThrow(), requestHash);
        });
    }

    private IntakeApiResponse replay(Claim claim, String requestHash) {
        if (!claim.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReused();
        }
        CaseStatus now = queries.find(claim.caseNumber(), false).map(CaseView::status).orElse(CaseStatus.RECEIVED);
        return new IntakeApiResponse(claim.caseNumber(), claim.caseId(), now, claim.receivedAt().toInstant(),
                claim.registeredAt().toInstant(), claim.wantsContact(), true, IntakeApi.caseHref(claim.caseNumber()));
    }

    private static IntakeApiResponse created(RegisteredCase c) {
        return new IntakeApiResponse(c.caseNumber().value(), c.id(), CaseStatus.RECEIVED, c.receivedAt(),
                c.registeredAt(), c.wantsContact(), false, IntakeApi.caseHref(c.caseNumber().value()));
    }
}
