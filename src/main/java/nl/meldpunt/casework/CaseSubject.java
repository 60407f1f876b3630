package nl.meldpunt.casework;

/**
 * A provider, professional or product a case is about, with the register entry it is linked to (null when none).
 * {@code productKind} is MEDICINE or DEVICE for products.
 */
public record CaseSubject(
        long id,
        SubjectType type,
        String name,
        String place,
        String kvkNumber,
        String establishmentNumber,
        String bigNumber,
        ProductKind productKind,
        String registrationNumber,
        String udiDi,
        String lotNumber,
        Long providerId,
        String providerName) {

    /** What kind of product: a medicine (RVG/EU registration number) or a medical device (UDI-DI, lot). */
    public enum ProductKind {
        MEDICINE,
        DEVICE
    }
}
