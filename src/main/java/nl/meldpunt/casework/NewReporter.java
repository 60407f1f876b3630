package nl.meldpunt.casework;

/**
 * The person who reports. An anonymous reporter keeps no identifying data: whatever was typed in the personal
 * fields is dropped on registration, and there is no contact.
 */
public record NewReporter(
        boolean anonymous,
        ReporterRelation relation,
        String name,
        String email,
        String phone,
        String postalAddress,
        ContactPreference contactPreference) {

    public NewReporter {
        name = nl.meldpunt.platform.Text.withoutNul(name);
        email = nl.meldpunt.platform.Text.withoutNul(email);
        phone = nl.meldpunt.platform.Text.withoutNul(phone);
        postalAddress = nl.meldpunt.platform.Text.withoutNul(postalAddress);
        if (anonymous) {
            name = null;
            email = null;
            phone = null;
            postalAddress = null;
            contactPreference = ContactPreference.NONE;
        }
        if (contactPreference == null) {
            contactPreference = ContactPreference.NONE;
        }
    }

    public static NewReporter anonymousReporter(ReporterRelation relation) {
        return new NewReporter(true, relation, null, null, null, null, ContactPreference.NONE);
    }
}
