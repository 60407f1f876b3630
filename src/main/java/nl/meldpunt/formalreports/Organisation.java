package nl.meldpunt.formalreports;

/** The organisation a report is made by: name, KvK number and establishment number. */
record Organisation(String name, String kvkNumber, String establishmentNumber) {

    boolean sameAs(String kvk, String establishment) {
        return kvkNumber != null && kvkNumber.equals(kvk) && establishmentNumber != null
                && establishmentNumber.equals(establishment);
    }
}
