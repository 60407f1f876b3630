package nl.meldpunt.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the automatic link threshold: typed variants of the demo register's providers (typos, missing legal form,
 * accents, abbreviations, a place in the name) and names of providers that are not in the register, scored with the
 * same SQL function the register uses against every register name. Figures in docs/decisions/2420.
 */
class ProviderMatchingThresholdTest extends IntegrationTest {

    /** Typed name, typed place, the register name it is about (null: not in the register). */
    record Variant(String name, String place, String expected) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant("Zorggroep De Linde", "Zeist", "Zorggroep de Linden BV"),
            new Variant("zorggroep de linden", null, "Zorggroep de Linden BV"),
            new Variant("Zorggroep de Lnden", "Zeist", "Zorggroep de Linden BV"),
            new Variant("Zorggroep de Linden", "Bilthoven", "Zorggroep de Linden BV locatie Bilthoven"),
            new Variant("Ziekenhuis Voorbeeldstad", "Amersfoort", "Ziekenhuis Voorbeeldstad"),
            new Variant("Ziekenhuis Voorbeeldstad Amersfoort", null, "Ziekenhuis Voorbeeldstad"),
            new Variant("Proefland MC", "Zwolle", "Proefland Medisch Centrum"),
            new Variant("Huisartsenpraktijk de Test Linde", "Utrecht", "Huisartsenpraktijk De Testlinde"),
            new Variant("GGZ Verzonnen Horizon", "Haarlem", "GGZ De Verzonnen Horizon"),
            new Variant("Woonzorgcentrum Proefanker", "Deventer", "Woonzorgcentrum Het Proefanker"),
            new Variant("Verpleeghuis Bedachte Hof", "Leeuwarden", "Verpleeghuis De Bedachte Hof"),
            new Variant("Stg. Fictief Wonen", "Apeldoorn", "Stichting Fictief Wonen"),
            new Variant("Jeugdhulp Oefenboom", "Breda", "Jeugdhulp De Oefenboom"),
            new Variant("Tandartspraktijk Test Glimlach", "Delft", "Tandartspraktijk Testglimlach"),
            new Variant("Apotheek Voorbeeldvijzel", "Leiden", "Apotheek De Voorbeeldvijzel"),
            new Variant("Demo Medical Devices", "Enschede", "Demo Medical Devices B.V."),
            new Variant("fysiotherapie proefbeweging", "maastricht", "Fysiotherapie Proefbeweging"),
            new Variant("Kliniek Schijn Schoon", "Rotterdam", "Kliniek Schijnschoon"),
            new Variant("Schoonheidskliniek Elegance Fictief", "Amsterdam", "Schoonheidskliniek Élégance Fictief"),
            new Variant("Sint Jozef ziekenhuis", "Venlo", "Sint Jozef Ziekenhuis Proefdorp"),
            new Variant("St. Jozef Ziekenhuis Proefdorp", "Venlo", "Sint Jozef Ziekenhuis Proefdorp"),
            new Variant("Psychiatrisch Centrum Zeedijk", "Vlissingen", "Psychiatrisch Centrum Zeedijk Denkbeeld"),
            new Variant("Jeugdzorg Fictief Noord", "Assen", "Jeugdzorg Fictief Noord N.V."),
            new Variant("Huisartsenpraktijk Bedenksma", "Heerenveen", "Huisartsenpraktijk Dokter Bedenksma"),
            new Variant("Thuiszorg Voorbeeld aan huis", "Almere", "Thuiszorg Voorbeeld Aan Huis"),
            new Variant("Ziekenhuis Voorbeeldstad", null, "Ziekenhuis Voorbeeldstad"),
            new Variant("Proefland Medisch Centrum Zwolle", "Zwolle", "Proefland Medisch Centrum"),
            new Variant("GGD Voorbeeld", "Nijmegen", "GGD Regio Voorbeeld"),
            new Variant("Arbodienst Fictief BV", "Amsterdam", "Arbodienst Fictief"),
            new Variant("Beschermd wonen Denkbeeld", "Tilburg", "Beschermd Wonen Denkbeeld"),
            new Variant("Gezondheidscentrum Demo wijk", "Groningen", "Gezondheidscentrum Demowijk"),
            new Variant("Ambulancedienst Voorbeeld", "Arnhem", "Ambulancedienst Regio Voorbeeld"),
            new Variant("Mondzorgcentrum Bijtgraag", "Dordrecht", "Mondzorgcentrum Bijtgraag"),
            new Variant("Wijkverpleging Ons Proefdorp", "Elst", "Wijkverpleging Ons Proefdorp"),
            new Variant("Zorggroep Het Baken", "Zeist", null),
            new Variant("Zorggroep De Linde", "Utrecht", null),
            new Variant("Huisartsenpraktijk De Linde", "Utrecht", null),
            new Variant("Apotheek De Vijzel", "Leiden", null),
            new Variant("Jeugdhulp De Boom", "Breda", null),
            new Variant("Verpleeghuis De Hof", "Leeuwarden", null),
            new Variant("Kliniek Schoonzicht", "Rotterdam", null),
            new Variant("Ziekenhuis Rivierenland", "Tiel", null),
            new Variant("Huisartsenpraktijk Het Anker", "Utrecht", null),
            new Variant("Apotheek Centrum", "Leiden", null),
            new Variant("GGZ Horizon Oost", "Enschede", null),
            new Variant("Tandartspraktijk Glimlach", "Groningen", null),
            new Variant("Thuiszorg Aan Huis", "Zwolle", null),
            new Variant("Kliniek Schoon", "Utrecht", null),
            new Variant("Zorggroep De Eik", "Zeist", null));

    record Best(Variant variant, String name, double score) {}

    @Autowired
    JdbcClient jdbc;

    @Test
    void link_threshold_links_no_typed_variant_to_the_wrong_provider() throws IOException {
        List<String[]> register = demoRegister();
        List<Best> best = new ArrayList<>();
        for (Variant v : VARIANTS) {
            Best top = null;
            for (String[] p : register) {
                double score = jdbc.sql("SELECT provider_match_score(:pn, :pp, :qn, :qp)")
                        .param("pn", p[0]).param("pp", p[1]).param("qn", v.name()).param("qp", v.place())
                        .query(Double.class).single();
                if (top == null || score > top.score()) {
                    top = new Best(v, p[0], score);
                }
            }
            best.add(top);
        }
        long positives = VARIANTS.stream().filter(v -> v.expected() != null).count();
        StringBuilder table = new StringBuilder("threshold | linked right | linked wrong | precision | recall\n");
        long rightAtThreshold = 0;
        long wrongAtThreshold = 0;
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            long right = best.stream().filter(b -> b.score() >= t && b.name().equals(b.variant().expected())).count();
            long wrong = best.stream().filter(b -> b.score() >= t && !b.name().equals(b.variant().expected())).count();
            table.append("%.1f | %d | %d | %.2f | %.2f%n".formatted(t, right, wrong,
                    right + wrong == 0 ? 1.0 : (double) right / (right + wrong), (double) right / positives));
            if (t == ProviderRegister.LINK_THRESHOLD) {
                rightAtThreshold = right;
                wrongAtThreshold = wrong;
            }
        }
        best.forEach(b -> table.append("%.2f  %s / %s -> %s (expected %s)%n".formatted(b.score(), b.variant().name(),
                b.variant().place(), b.name(), b.variant().expected())));
        System.out.println(table);
        assertThat(wrongAtThreshold).as(table::toString).isZero();
        assertThat((double) rightAtThreshold / positives).as(table::toString).isGreaterThanOrEqualTo(0.9);
    }

    static List<String[]> demoRegister() throws IOException {
        List<String[]> register = new ArrayList<>();
        try (InputStream in = new ClassPathResource("providers/demo-providers.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", -1);
                    register.add(new String[] {f[1], f[7].strip()});
                }
            }
        }
        return register;
    }
}
