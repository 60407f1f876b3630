package nl.meldpunt.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The clock types (table {@code clock_type}); administrators edit them, running clocks keep their copy. */
@Component
public class ClockTypes {

    private final JdbcClient jdbc;

    ClockTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClockType> all() {
        return jdbc.sql("SELECT * FROM clock_type ORDER BY sort_order, code").query(ClockTypes::map).list();
    }

    public Optional<ClockType> find(String code) {
        return jdbc.sql("SELECT * FROM clock_type WHERE code = :code").param("code", code).query(ClockTypes::map)
                .optional();
    }

    /** Adds or changes a type. The software's own types (callback, triage) cannot be retired. */
    @Transactional
    public void save(ClockType type) {
        jdbc.sql("""
                INSERT INTO clock_type (code, label_nl, label_en, party, unit, calendar, length, max_extension,
                    max_extensions, sort_order, retired, system)
                VALUES (:code, :nl, :en, :party, :unit, :calendar, :length, :maxExtension, :maxExtensions, :sort,
                    :retired, FALSE)
                ON CONFLICT (code) DO UPDATE SET label_nl = :nl, label_en = :en, party = :party, unit = :unit,
                    calendar = :calendar, length = :length, max_extension = :maxExtension,
                    max_extensions = :maxExtensions, sort_order = :sort, retired = (:retired AND NOT clock_type.system)
                """)
                .param("code", type.code())
                .param("nl", type.labelNl())
                .param("en", type.labelEn())
                .param("party", type.party().name())
                .param("unit", type.unit().name())
                .param("calendar", type.calendar().name())
                .param("length", type.length())
                .param("maxExtension", type.maxExtension())
                .param("maxExtensions", type.maxExtensions())
                .param("sort", type.sortOrder())
                .param("retired", type.retired())
                .update();
    }

    private static ClockType map(ResultSet rs, int row) throws SQLException {
        return new ClockType(
                rs.getString("code"),
                rs.getString("label_nl"),
                rs.getString("label_en"),
                Party.valueOf(rs.getString("party")),
                ClockUnit.valueOf(rs.getString("unit")),
                CalendarType.valueOf(rs.getString("calendar")),
                rs.getString("length"),
                rs.getString("max_extension"),
                rs.getInt("max_extensions"),
                rs.getInt("sort_order"),
                rs.getBoolean("retired"));
    }
}
