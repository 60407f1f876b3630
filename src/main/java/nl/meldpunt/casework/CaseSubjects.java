package nl.meldpunt.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.providers.ProviderMatch;
import nl.meldpunt.providers.ProviderRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case is about: add, change and remove providers, professionals and products, and link provider subjects to
 * the provider register — automatically on registration when the match is good enough (KvK or establishment number,
 * else name and place similarity at or above {@link ProviderRegister#LINK_THRESHOLD}), or by staff. Every change is
 * in the case history.
 */
@Component
public class CaseSubjects {

    /** The actor recorded for links made automatically. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final ProviderRegister register;

    CaseSubjects(JdbcClient jdbc, CaseQueries queries, CaseHistory history, ProviderRegister register) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.register = register;
    }

    @Transactional(readOnly = true)
    public List<CaseSubject> forCase(long caseId) {
        return jdbc.sql("""
                SELECT s.*, p.name AS provider_name FROM case_subject s LEFT JOIN provider p ON p.id = s.provider_id
                WHERE s.case_id = :id ORDER BY s.id""")
                .param("id", caseId)
                .query(CaseSubjects::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<CaseSubject> find(long caseId, long subjectId) {
        return forCase(caseId).stream().filter(s -> s.id() == subjectId).findFirst();
    }

    /**
     * Adds a subject. A provider without a chosen register entry is linked to the best match when there is one above
     * the threshold.
     */
    @Transactional
    public CaseSubject add(String caseNumber, SubjectInput input, String reason) {
        long caseId = caseId(caseNumber);
        check(input);
        Long providerId = input.providerId();
        ProviderMatch match = null;
        if (providerId == null && input.type() == SubjectType.PROVIDER) {
            match = register.bestMatch(input.name(), input.place(), input.kvkNumber(), input.establishmentNumber())
                    .orElse(null);
            providerId = match == null ? null : match.provider().id();
        }
        long id = jdbc.sql("""
                INSERT INTO case_subject (case_id, type, name, place, kvk_number, establishment_number, big_number,
                    product_kind, registration_number, udi_di, lot_number, provider_id)
                VALUES (:case, :type, :name, :place, :kvk, :est, :big, :kind, :reg, :udi, :lot, :provider)
                RETURNING id""")
                .params(columns(input))
                .param("case", caseId)
                .param("provider", providerId)
                .query(Long.class)
                .single();
        addToSearch(caseId, input);
        Map<String, Object> details = describe(input);
        if (providerId != null) {
            details.put("providerId", providerId);
            register.find(providerId).ifPresent(p -> details.put("provider", p.name()));
            if (match != null) {
                details.put("matchedBy", match.matchedBy().name());
                details.put("score", Math.round(match.score() * 100) / 100.0);
            }
        }
        history.record(caseId, CurrentUser.name(), HistoryAction.SUBJECT_ADDED, details, reason);
        return find(caseId, id).orElseThrow();
    }

    /** Changes a subject; only the changed fields are recorded. */
    @Transactional
    public CaseSubject change(String caseNumber, long subjectId, SubjectInput input, String reason) {
        long caseId = caseId(caseNumber);
        CaseSubject before = find(caseId, subjectId).orElseThrow(() -> new NotFound("Subject " + subjectId));
        check(input);
        Long providerId = input.type() == SubjectType.PROVIDER ? input.providerId() : null;
        jdbc.sql("""
                UPDATE case_subject SET type = :type, name = :name, place = :place, kvk_number = :kvk,
                    establishment_number = :est, big_number = :big, product_kind = :kind, registration_number = :reg,
                    udi_di = :udi, lot_number = :lot, provider_id = :provider
                WHERE id = :id AND case_id = :case""")
                .params(columns(input))
                .param("provider", providerId)
                .param("id", subjectId)
                .param("case", caseId)
                .update();
        addToSearch(caseId, input);
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(changes, "type", before.type().name(), input.type().name());
        diff(changes, "name", before.name(), input.name());
        diff(changes, "place", before.place(), input.place());
        diff(changes, "kvkNumber", before.kvkNumber(), input.kvkNumber());
        diff(changes, "establishmentNumber", before.establishmentNumber(), input.establishmentNumber());
        diff(changes, "bigNumber", before.bigNumber(), input.bigNumber());
        diff(changes, "productKind", before.productKind() == null ? null : before.productKind().name(),
                input.productKind() == null ? null : input.productKind().name());
        diff(changes, "registrationNumber", before.registrationNumber(), input.registrationNumber());
        diff(changes, "udiDi", before.udiDi(), input.udiDi());
        diff(changes, "lotNumber", before.lotNumber(), input.lotNumber());
        diff(changes, "providerId", before.providerId(), providerId);
        if (!changes.isEmpty()) {
            history.record(caseId, CurrentUser.name(), HistoryAction.SUBJECT_CHANGED, changes, reason);
        }
        return find(caseId, subjectId).orElseThrow();
    }

    @Transactional
    public void remove(String caseNumber, long subjectId, String reason) {
        long caseId = caseId(caseNumber);
        CaseSubject before = find(caseId, subjectId).orElseThrow(() -> new NotFound("Subject " + subjectId));
        jdbc.sql("DELETE FROM case_subject WHERE id = :id AND case_id = :case")
                .param("id", subjectId).param("case", caseId).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", before.type().name());
        putIfPresent(details, "name", before.name());
        history.record(caseId, CurrentUser.name(), HistoryAction.SUBJECT_REMOVED, details, reason);
    }

    /** Links a provider subject to a register entry chosen by staff (null unlinks). */
    @Transactional
    public void linkProvider(String caseNumber, long subjectId, Long providerId, String reason) {
        long caseId = caseId(caseNumber);
        CaseSubject before = find(caseId, subjectId).orElseThrow(() -> new NotFound("Subject " + subjectId));
        if (before.type() != SubjectType.PROVIDER) {
            throw InvalidInput.of("providerId", "Only a provider subject links to the provider register.");
        }
        if (providerId != null && register.find(providerId).isEmpty()) {
            throw InvalidInput.of("providerId", "No such provider in the register.");
        }
        if (Objects.equals(before.providerId(), providerId)) {
            return;
        }
        setProvider(subjectId, providerId);
        Map<String, Object> details = new LinkedHashMap<>();
        putIfPresent(details, "name", before.name());
        diff(details, "provider", before.providerName(),
                providerId == null ? null : register.find(providerId).map(p -> p.name()).orElse(null));
        details.put("providerId", providerId);
        history.record(caseId, CurrentUser.name(), HistoryAction.SUBJECT_LINKED, details, reason);
    }

    /**
     * Links the case's provider subjects that have no register entry yet to their best match, if any; returns how
     * many were linked. Recorded as done by {@link #SYSTEM}, with how the entry was found.
     */
    @Transactional
    public int linkToRegister(long caseId) {
        int linked = 0;
        for (CaseSubject s : forCase(caseId)) {
            if (s.type() != SubjectType.PROVIDER || s.providerId() != null) {
                continue;
            }
            Optional<ProviderMatch> match =
                    register.bestMatch(s.name(), s.place(), s.kvkNumber(), s.establishmentNumber());
            if (match.isEmpty()) {
                continue;
            }
            setProvider(s.id(), match.get().provider().id());
            Map<String, Object> details = new LinkedHashMap<>();
            putIfPresent(details, "name", s.name());
            details.put("provider", match.get().provider().name());
            details.put("providerId", match.get().provider().id());
            details.put("matchedBy", match.get().matchedBy().name());
            details.put("score", Math.round(match.get().score() * 100) / 100.0);
            history.record(caseId, SYSTEM, HistoryAction.SUBJECT_LINKED, details, null);
            linked++;
        }
        return linked;
    }

    private void setProvider(long subjectId, Long providerId) {
        jdbc.sql("UPDATE case_subject SET provider_id = :provider WHERE id = :id")
                .param("provider", providerId).param("id", subjectId).update();
    }

    private void addToSearch(long caseId, SubjectInput s) {
        String text = NewSubject.searchText(List.of(new NewSubject(s.type(), s.name(), s.place(), null, null, null,
                null, s.lotNumber())));
        if (!text.isBlank()) {
            jdbc.sql("""
                    UPDATE case_file SET search_vector = search_vector
                        || setweight(to_tsvector('dutch', unaccent(CAST(:text AS text))), 'A')
                    WHERE id = :id""")
                    .param("text", text).param("id", caseId).update();
        }
    }

    private long caseId(String caseNumber) {
        return queries.requireId(caseNumber);
    }

    private void check(SubjectInput input) {
        Map<String, String> errors = input.errors();
        if (input.providerId() != null && register.find(input.providerId()).isEmpty()) {
            errors.put("providerId", "No such provider in the register.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Map<String, Object> columns(SubjectInput s) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", s.type().name());
        p.put("name", s.name());
        p.put("place", s.place());
        p.put("kvk", s.kvkNumber());
        p.put("est", s.establishmentNumber());
        p.put("big", s.bigNumber());
        p.put("kind", s.productKind() == null ? null : s.productKind().name());
        p.put("reg", s.registrationNumber());
        p.put("udi", s.udiDi());
        p.put("lot", s.lotNumber());
        return p;
    }

    private static Map<String, Object> describe(SubjectInput s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", s.type().name());
        putIfPresent(d, "name", s.name());
        putIfPresent(d, "kvkNumber", s.kvkNumber());
        putIfPresent(d, "bigNumber", s.bigNumber());
        putIfPresent(d, "registrationNumber", s.registrationNumber());
        putIfPresent(d, "udiDi", s.udiDi());
        putIfPresent(d, "lotNumber", s.lotNumber());
        return d;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void diff(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", after);
            changes.put(field, change);
        }
    }

    static CaseSubject map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("product_kind");
        return new CaseSubject(
                rs.getLong("id"),
                SubjectType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("place"),
                rs.getString("kvk_number"),
                rs.getString("establishment_number"),
                rs.getString("big_number"),
                kind == null ? null : CaseSubject.ProductKind.valueOf(kind),
                rs.getString("registration_number"),
                rs.getString("udi_di"),
                rs.getString("lot_number"),
                (Long) rs.getObject("provider_id"),
                rs.getString("provider_name"));
    }
}
