package nl.meldpunt.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.meldpunt.platform.AccessAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the hash chain from the first record and reports the first record whose stored hash, previous hash or
 * sequence number does not follow: a changed, inserted or removed record. Also compares the end of the chain with
 * the chain head, so removing the newest records is detected too.
 */
@Component
public class AccessLogVerifier {

    private final JdbcTemplate jdbc;
    private final AccessLogWriter writer;

    AccessLogVerifier(JdbcTemplate jdbc, AccessLogWriter writer) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.writer = writer;
    }

    /** The outcome: how many records were checked, and the first broken sequence number (or null when intact). */
    public record Verification(long checked, Long firstBrokenSeq, String problem) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        writer.flush();
        var state = new Object() {
            long checked;
            long expectedSeq = 1;
            String prev = "0".repeat(64);
            Long broken;
            String problem;
        };
        jdbc.query("SELECT * FROM accesslog.access_record ORDER BY seq", (RowCallbackHandler) rs -> {
            if (state.broken != null) {
                return;
            }
            AccessRecord r = map(rs);
            state.checked++;
            if (r.seq() != state.expectedSeq) {
                state.broken = state.expectedSeq;
                state.problem = "missing";
            } else if (!rs.getString("prev_hash").equals(state.prev)) {
                state.broken = r.seq();
                state.problem = "prev-hash";
            } else if (!r.hash(state.prev).equals(rs.getString("hash"))) {
                state.broken = r.seq();
                state.problem = "content";
            }
            state.prev = rs.getString("hash");
            state.expectedSeq = r.seq() + 1;
        });
        if (state.broken == null) {
            var head = jdbc.queryForMap("SELECT seq, hash FROM accesslog.chain_head WHERE id = 1");
            if (((Number) head.get("seq")).longValue() != state.expectedSeq - 1
                    || !state.prev.equals(head.get("hash"))) {
                state.broken = state.expectedSeq;
                state.problem = "truncated";
            }
        }
        return new Verification(state.checked, state.broken, state.problem);
    }

    static AccessRecord map(ResultSet rs) throws SQLException {
        return new AccessRecord(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("roles"),
                AccessAction.valueOf(rs.getString("action")),
                rs.getString("case_number"),
                rs.getString("person_ref"),
                rs.getString("client"),
                rs.getString("via"),
                rs.getString("on_behalf_of"),
                rs.getString("path"));
    }
}
