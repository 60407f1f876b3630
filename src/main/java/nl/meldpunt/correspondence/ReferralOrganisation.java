package nl.meldpunt.correspondence;

/** An organisation in the referral catalogue: where to send people, when, and how to reach it. */
public record ReferralOrganisation(String code, String name, String whenNl, String whenEn, String contact,
        String website, int sortOrder, boolean retired) {

    public String when(String language) {
        return "en".equals(language) ? whenEn : whenNl;
    }
}
