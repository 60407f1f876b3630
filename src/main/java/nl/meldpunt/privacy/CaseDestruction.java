package nl.meldpunt.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys one case's personal data in every module that holds some, in one transaction, forgets the pseudonyms
 * of its reporter and any restriction flag, and records that the case was destroyed.
 */
@Component
class CaseDestruction {

    private final List<PersonalDataHolder> holders;
    private final Pseudonyms pseudonyms;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseDestruction(List<PersonalDataHolder> holders, Pseudonyms pseudonyms, JdbcClient jdbc, Clock clock) {
        this.holders = holders;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void destroy(String caseNumber, Long listId, String actor) {
        for (PersonalDataHolder holder : holders) {
            for (PersonalRecord r : holder.forCase(caseNumber)) {
                r.fields().forEach((field, value) -> {
                    if (List.of("name", "email", "phone").contains(field)) {
                        pseudonyms.forget(value);
                    }
                });
            }
            holder.destroyCase(caseNumber, actor);
        }
        jdbc.sql("DELETE FROM processing_restriction WHERE case_number = :n").param("n", caseNumber).update();
        jdbc.sql("""
                INSERT INTO destroyed_case (case_number, list_id, destroyed_at) VALUES (:n, :list, :at)
                ON CONFLICT (case_number) DO NOTHING""")
                .param("n", caseNumber).param("list", listId).param("at", Timestamp.from(clock.instant())).update();
    }
}
