package nl.meldpunt.privacy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.meldpunt.platform.PersonalDataHolder;

/**
 * Made-up Dutch-looking values for the anonymisation of test copies. Drawn from a secure random source and never
 * from the original value (only its length is looked at), so the original cannot be worked back from the fake.
 */
final class DutchFakes implements PersonalDataHolder.Anonymiser {

    private static final List<String> FIRST = List.of("Anna", "Bram", "Cor", "Daan", "Eva", "Fenna", "Gert", "Hanna",
            "Ilse", "Joost", "Kees", "Lotte", "Maarten", "Noor", "Olaf", "Pien", "Ruud", "Sanne", "Thijs", "Vera",
            "Willem", "Yara", "Zoë", "Fleur", "Jeroen", "Marloes", "Sven", "Tessa");
    private static final List<String> LAST = List.of("de Vries", "Jansen", "van den Berg", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
            "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs");
    private static final List<String> STREETS = List.of("Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg",
            "Julianastraat", "Beatrixlaan", "Stationsweg", "Parallelweg", "Nieuwstraat", "Lindelaan");
    private static final List<String> PLACES = List.of("Amersfoort", "Zwolle", "Delft", "Leeuwarden", "Tilburg",
            "Venlo", "Alkmaar", "Deventer", "Emmen", "Gouda", "Assen", "Middelburg");
    private static final List<String> SENTENCES = List.of("De zorg was niet zoals afgesproken.",
            "Er werd niet teruggebeld na de afspraak.", "De medicatie werd te laat gegeven.",
            "Mijn vader kreeg onvoldoende hulp bij het eten.", "De klachtenfunctionaris reageerde niet.",
            "Het personeel was onvriendelijk tegen de bewoners.", "Na de operatie bleef de pijn lang aanhouden.",
            "De wachttijd voor de behandeling was erg lang.", "Er was geen overdracht tussen de diensten.",
            "De rekening klopte niet met de geleverde zorg.");

    private final Random random = new SecureRandom();

    @Override
    public String name(String original) {
        return pick(FIRST) + " " + pick(LAST);
    }

    @Override
    public String email(String original) {
        return (pick(FIRST) + "." + pick(LAST)).toLowerCase(Locale.ROOT).replace(" ", "").replace("ë", "e")
                + random.nextInt(1000) + "@voorbeeld.nl";
    }

    @Override
    public String phone(String original) {
        return "06-" + (10_000_000 + random.nextInt(90_000_000));
    }

    @Override
    public String address(String original) {
        return pick(STREETS) + " " + (1 + random.nextInt(200)) + ", " + (1000 + random.nextInt(9000)) + " "
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + " " + pick(PLACES);
    }

    @Override
    public String text(String original) {
        int length = original == null ? 80 : Math.min(Math.max(original.length(), 40), 4000);
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(s.isEmpty() ? "" : " ").append(pick(SENTENCES));
        }
        return s.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
