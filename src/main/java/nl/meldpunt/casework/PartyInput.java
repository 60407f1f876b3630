package nl.meldpunt.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person involved as staff enter it: role, and name, relation to the patient and contact details where known. */
public record PartyInput(
        @NotNull PartyRole role,
        @Size(max = 200) String name,
        @Size(max = 200) String relation,
        @Size(max = 500) String contact) {

    public PartyInput {
        name = clean(name);
        relation = clean(relation);
        contact = clean(contact);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
