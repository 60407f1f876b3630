package nl.meldpunt.correspondence;

import java.util.Optional;

/**
 * The case fields a template may use, written {@code {{name}}}. A placeholder that reveals the citizen says so,
 * so that a template sent to a provider is checked against the case's authorisations even when its declared
 * disclosure was set too low.
 */
public enum Placeholder {
    ZAAKNUMMER("zaaknummer", null),
    DATUM("datum", null),
    ONTVANGSTDATUM("ontvangstdatum", null),
    NAAM("naam", DisclosureScope.NAME),
    TERUGBELDATUM("terugbeldatum", null),
    ZORGAANBIEDER("zorgaanbieder", null),
    OMSCHRIJVING("omschrijving", DisclosureScope.COMPLAINT_CONTENT),
    MEDEWERKER("medewerker", null),
    ADVIES("advies", null),
    ORGANISATIE("organisatie", null),
    ORGANISATIE_WANNEER("organisatie_wanneer", null),
    ORGANISATIE_CONTACT("organisatie_contact", null),
    ORGANISATIE_WEBSITE("organisatie_website", null),
    UITKOMST("uitkomst", null);

    private final String key;
    private final DisclosureScope reveals;

    Placeholder(String key, DisclosureScope reveals) {
        this.key = key;
        this.reveals = reveals;
    }

    /** The name inside the braces. */
    public String key() {
        return key;
    }

    /** What it reveals about the citizen, or null. */
    public DisclosureScope reveals() {
        return reveals;
    }

    static Optional<Placeholder> byKey(String key) {
        for (Placeholder p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
