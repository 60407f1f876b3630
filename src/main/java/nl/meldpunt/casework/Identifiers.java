package nl.meldpunt.casework;

/** Checks of the identifiers cases carry (domain.md: KvK, establishment, BIG, UDI-DI). */
public final class Identifiers {

    private Identifiers() {}

    /** KvK number: 8 digits. */
    public static boolean isKvkNumber(String value) {
        return value != null && value.matches("\\d{8}");
    }

    /** Establishment number (vestigingsnummer): 12 digits. */
    public static boolean isEstablishmentNumber(String value) {
        return value != null && value.matches("\\d{12}");
    }

    /**
     * BIG number: 11 digits passing the eleven-check, as for the BSN: the digits weighted 11, 10, … 2 and the last
     * digit −1 sum to a multiple of 11.
     */
    public static boolean isBigNumber(String value) {
        if (value == null || !value.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (value.charAt(i) - '0') * (11 - i);
        }
        sum -= value.charAt(10) - '0';
        return sum % 11 == 0;
    }
}
