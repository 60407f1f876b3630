package nl.meldpunt.correspondence;

/** Who a letter or e-mail goes to. */
public enum RecipientKind {
    CITIZEN,
    PROVIDER,
    OTHER
}
