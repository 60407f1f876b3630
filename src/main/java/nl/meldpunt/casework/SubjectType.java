package nl.meldpunt.casework;

/** What a case is about: a care provider, a professional, or a product (medicine or device). */
public enum SubjectType {
    PROVIDER,
    PROFESSIONAL,
    PRODUCT
}
