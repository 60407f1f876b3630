package nl.meldpunt.correspondence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reference data of advice and referral: standard advice snippets and the referral catalogue. */
@Component
class AdviceCatalogue {

    private final JdbcClient jdbc;

    AdviceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferralOrganisation> organisations() {
        return jdbc.sql("SELECT * FROM correspondence_referral_org ORDER BY sort_order, code")
                .query((rs, n) -> new ReferralOrganisation(rs.getString("code"), rs.getString("name"),
                        rs.getString("when_nl"), rs.getString("when_en"), rs.getString("contact"),
                        rs.getString("website"), rs.getInt("sort_order"), rs.getBoolean("retired")))
                .list();
    }

    Optional<ReferralOrganisation> organisation(String code) {
        return organisations().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    void save(ReferralOrganisation o) {
        jdbc.sql("""
                INSERT INTO correspondence_referral_org (code, name, when_nl, when_en, contact, website, sort_order,
                    retired)
                VALUES (:code, :name, :whenNl, :whenEn, :contact, :website, :sort, :retired)
                ON CONFLICT (code) DO UPDATE SET name = :name, when_nl = :whenNl, when_en = :whenEn,
                    contact = :contact, website = :website, sort_order = :sort, retired = :retired
                """)
                .param("code", o.code())
                .param("name", o.name())
                .param("whenNl", o.whenNl())
                .param("whenEn", o.whenEn())
                .param("contact", o.contact())
                .param("website", o.website())
                .param("sort", o.sortOrder())
                .param("retired", o.retired())
                .update();
    }

    List<AdviceSnippet> snippets() {
        return jdbc.sql("SELECT * FROM correspondence_advice_snippet ORDER BY sort_order, code")
                .query((rs, n) -> new AdviceSnippet(rs.getString("code"), rs.getString("title_nl"),
                        rs.getString("title_en"), rs.getString("text_nl"), rs.getString("text_en"),
                        rs.getInt("sort_order"), rs.getBoolean("retired")))
                .list();
    }

    Optional<AdviceSnippet> snippet(String code) {
        return snippets().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    void save(AdviceSnippet s) {
        jdbc.sql("""
                INSERT INTO correspondence_advice_snippet (code, title_nl, title_en, text_nl, text_en, sort_order,
                    retired)
                VALUES (:code, :titleNl, :titleEn, :textNl, :textEn, :sort, :retired)
                ON CONFLICT (code) DO UPDATE SET title_nl = :titleNl, title_en = :titleEn, text_nl = :textNl,
                    text_en = :textEn, sort_order = :sort, retired = :retired
                """)
                .param("code", s.code())
                .param("titleNl", s.titleNl())
                .param("titleEn", s.titleEn())
                .param("textNl", s.textNl())
                .param("textEn", s.textEn())
                .param("sort", s.sortOrder())
                .param("retired", s.retired())
                .update();
    }
}
