package nl.meldpunt.migration.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A few thousand invented care providers, each in one sector, with name, place, KvK and establishment number.
 * Cases pick them Zipf-like within their sector: a handful get hundreds of cases, most only a few.
 */
final class Providers {

    record Provider(String name, String place, String kvk, String establishment) {}

    private final Map<String, List<Provider>> bySector = new HashMap<>();
    private final Map<String, Weighted> popularity = new HashMap<>();

    Providers(Vocabulary vocabulary, String[] sectors, double[] sectorShare, int total, SplittableRandom random) {
        String[] names = vocabulary.get("providerNames");
        String[] places = vocabulary.get("places");
        for (int s = 0; s < sectors.length; s++) {
            String sector = sectors[s];
            String[] kinds = vocabulary.getOr("providerKinds." + sector, "providerKinds.OTHER");
            int count = Math.max(5, (int) Math.round(total * sectorShare[s]));
            List<Provider> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String place = places[random.nextInt(places.length)];
                String name = kinds[random.nextInt(kinds.length)] + " " + names[random.nextInt(names.length)]
                        + (random.nextInt(3) == 0 ? " " + place : "");
                String kvk = String.format("%08d", 10_000_000 + random.nextInt(89_999_999));
                String establishment = String.format("%012d", 100_000_000_000L + random.nextLong(899_999_999_999L));
                list.add(new Provider(name, place, kvk, establishment));
            }
            bySector.put(sector, list);
            popularity.put(sector, Weighted.zipf(count, 1.05));
        }
    }

    Provider pick(String sector, SplittableRandom random) {
        return bySector.get(sector).get(popularity.get(sector).pick(random));
    }
}
