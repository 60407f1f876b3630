package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.meldpunt.providers.ProviderMatch;
import nl.meldpunt.providers.ProviderMatching;
import nl.meldpunt.providers.ProviderMatching.TypedProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links the provider subjects of imported cases to the provider register, as {@link CaseSubjects#linkToRegister}
 * does for a live intake (same matching rules, same history entry by {@code system}), but for a whole batch in a few
 * statements: one to read the batch's unlinked provider subjects, one to match each distinct provider as typed
 * ({@link ProviderMatching}), one update and one history insert. Runs in the batch's transaction, so a batch is
 * stored with its links or not at all. An import names the same few thousand providers in every batch, so what a
 * spelling matched is remembered for a minute (like the other per-node caches): a register change is seen by the
 * import within a minute.
 */
@Component
class ImportedSubjectLinks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long REMEMBER_NANOS = java.time.Duration.ofMinutes(1).toNanos();
    private static final int REMEMBER_MAX = 100_000;

    private final JdbcClient jdbc;
    private final ProviderMatching matching;
    private final Clock clock;
    /** Spelling → its register entry (empty: none), since {@link #rememberedSince}. */
    private final Map<TypedProvider, Optional<ProviderMatch>> remembered = new ConcurrentHashMap<>();
    private volatile long rememberedSince = System.nanoTime();

    ImportedSubjectLinks(JdbcClient jdbc, ProviderMatching matching, Clock clock) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.clock = clock;
    }

    private record Unlinked(long id, long caseId, TypedProvider typed) {}

    /** Links what it can among the cases' provider subjects without a register entry; returns how many it linked. */
    int link(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        List<Unlinked> unlinked = jdbc.sql("""
                SELECT id, case_id, name, place, kvk_number, establishment_number FROM case_subject
                WHERE case_id = ANY(:ids) AND type = 'PROVIDER' AND provider_id IS NULL ORDER BY id""")
                .param("ids", caseIds.toArray(Long[]::new))
                .query((rs, n) -> new Unlinked(rs.getLong("id"), rs.getLong("case_id"), new TypedProvider(
                        rs.getString("name"), rs.getString("place"), rs.getString("kvk_number"),
                        rs.getString("establishment_number"))))
                .list();
        if (unlinked.isEmpty()) {
            return 0;
        }
        Map<TypedProvider, Optional<ProviderMatch>> matched = matches(unlinked);

        List<Long> subjectIds = new ArrayList<>();
        List<Long> providerIds = new ArrayList<>();
        List<Long> historyCases = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Unlinked u : unlinked) {
            ProviderMatch match = matched.get(u.typed()).orElse(null);
            if (match == null) {
                continue;
            }
            subjectIds.add(u.id());
            providerIds.add(match.provider().id());
            historyCases.add(u.caseId());
            Map<String, Object> d = new LinkedHashMap<>();
            if (u.typed().name() != null) {
                d.put("name", u.typed().name());
            }
            d.put("provider", match.provider().name());
            d.put("providerId", match.provider().id());
            d.put("matchedBy", match.matchedBy().name());
            d.put("score", Math.round(match.score() * 100) / 100.0);
            details.add(JSON.writeValueAsString(d));
        }
        if (subjectIds.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                UPDATE case_subject s SET provider_id = u.provider_id
                FROM unnest(CAST(:subjects AS bigint[]), CAST(:providers AS bigint[])) AS u(subject_id, provider_id)
                WHERE s.id = u.subject_id""")
                .param("subjects", subjectIds.toArray(Long[]::new))
                .param("providers", providerIds.toArray(Long[]::new))
                .update();
        jdbc.sql("""
                INSERT INTO case_history (case_id, occurred_at, actor, action, details, reason)
                SELECT u.case_id, :at, :actor, :action, CAST(u.details AS jsonb), NULL
                FROM unnest(CAST(:cases AS bigint[]), CAST(:details AS text[])) WITH ORDINALITY AS u(case_id, details, n)
                ORDER BY u.n""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", CaseSubjects.SYSTEM)
                .param("action", HistoryAction.SUBJECT_LINKED.name())
                .param("cases", historyCases.toArray(Long[]::new))
                .param("details", details.toArray(String[]::new))
                .update();
        return subjectIds.size();
    }

    /** Imported data names the same provider over and over: each spelling is matched once (see the class comment). */
    private Map<TypedProvider, Optional<ProviderMatch>> matches(List<Unlinked> unlinked) {
        if (System.nanoTime() - rememberedSince > REMEMBER_NANOS || remembered.size() > REMEMBER_MAX) {
            remembered.clear();
            rememberedSince = System.nanoTime();
        }
        Map<TypedProvider, Optional<ProviderMatch>> result = new LinkedHashMap<>();
        List<TypedProvider> unknown = new ArrayList<>();
        for (Unlinked u : unlinked) {
            Optional<ProviderMatch> known = remembered.get(u.typed());
            if (known != null) {
                result.put(u.typed(), known);
            } else if (!result.containsKey(u.typed())) {
                result.put(u.typed(), Optional.empty());
                unknown.add(u.typed());
            }
        }
        Map<Integer, ProviderMatch> found = matching.bestMatches(unknown);
        for (int i = 0; i < unknown.size(); i++) {
            Optional<ProviderMatch> match = Optional.ofNullable(found.get(i));
            result.put(unknown.get(i), match);
            remembered.put(unknown.get(i), match);
        }
        return result;
    }
}
