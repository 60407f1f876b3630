package nl.meldpunt.correspondence;

import java.util.EnumSet;
import java.util.Set;

/** What about the citizen may be told to the provider: their name, their complaint, or both. */
public enum DisclosureScope {
    NAME,
    COMPLAINT_CONTENT,
    BOTH;

    /** The single things this scope stands for (BOTH = NAME and COMPLAINT_CONTENT). */
    Set<DisclosureScope> parts() {
        return this == BOTH ? EnumSet.of(NAME, COMPLAINT_CONTENT) : EnumSet.of(this);
    }

    /** The scope covering both given scopes; either may be null (nothing). */
    static DisclosureScope union(DisclosureScope a, DisclosureScope b) {
        if (a == null) {
            return b;
        }
        if (b == null || a == b) {
            return a;
        }
        return BOTH;
    }

    /** True when this scope includes everything {@code needed} asks for. */
    public boolean covers(DisclosureScope needed) {
        return parts().containsAll(needed.parts());
    }
}
