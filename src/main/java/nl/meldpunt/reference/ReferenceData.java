package nl.meldpunt.reference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and maintains the reference lists. Lookups are served from memory; the cache is dropped on every change
 * made here and refreshed at most a minute after a change made by another node.
 */
@Component
public class ReferenceData {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ReferenceData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Snapshot(Instant loadedAt, Map<ReferenceList, Map<String, ReferenceItem>> lists) {}

    /** All entries of a list, retired ones included, in display order. */
    public List<ReferenceItem> all(ReferenceList list) {
        return List.copyOf(current().lists().getOrDefault(list, Map.of()).values());
    }

    /** The entries staff and citizens may pick for new input. */
    public List<ReferenceItem> active(ReferenceList list) {
        return all(list).stream().filter(item -> !item.retired()).toList();
    }

    public Optional<ReferenceItem> find(ReferenceList list, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().lists().getOrDefault(list, Map.of()).get(code));
    }

    /** True when the code exists and is not retired: the test for new input. */
    public boolean isActive(ReferenceList list, String code) {
        return find(list, code).filter(item -> !item.retired()).isPresent();
    }

    /** The codes among the given ones that are not active entries of the list. */
    public List<String> inactiveAmong(ReferenceList list, Collection<String> codes) {
        return codes.stream().filter(code -> !isActive(list, code)).toList();
    }

    /** The label to show; the code itself when the entry is unknown. */
    public String label(ReferenceList list, String code, Locale locale) {
        return find(list, code).map(item -> item.label(locale)).orElse(code);
    }

    @Transactional
    public void save(ReferenceItem item) {
        jdbc.sql("""
                INSERT INTO reference_item (list, code, label_nl, label_en, description, sort_order, retired, system)
                VALUES (:list, :code, :nl, :en, :description, :sort, :retired, FALSE)
                ON CONFLICT (list, code) DO UPDATE SET label_nl = :nl, label_en = :en, description = :description,
                    sort_order = :sort, retired = (:retired AND NOT reference_item.system)
                """)
                .param("list", item.list().name())
                .param("code", item.code())
                .param("nl", item.labelNl())
                .param("en", item.labelEn())
                .param("description", item.description())
                .param("sort", item.sortOrder())
                .param("retired", item.retired())
                .update();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        Map<ReferenceList, Map<String, ReferenceItem>> lists = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT list, code, label_nl, label_en, description, sort_order, retired, system
                FROM reference_item ORDER BY list, sort_order, code
                """)
                .query((rs, n) -> new ReferenceItem(
                        ReferenceList.valueOf(rs.getString("list")),
                        rs.getString("code"),
                        rs.getString("label_nl"),
                        rs.getString("label_en"),
                        rs.getString("description"),
                        rs.getInt("sort_order"),
                        rs.getBoolean("retired"),
                        rs.getBoolean("system")))
                .list()
                .forEach(item -> lists.computeIfAbsent(item.list(), l -> new LinkedHashMap<>()).put(item.code(), item));
        return new Snapshot(clock.instant(), lists);
    }
}
