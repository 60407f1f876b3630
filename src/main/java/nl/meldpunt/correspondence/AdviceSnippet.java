package nl.meldpunt.correspondence;

/** A standard piece of advice, in Dutch and English. */
public record AdviceSnippet(String code, String titleNl, String titleEn, String textNl, String textEn, int sortOrder,
        boolean retired) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNl;
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textNl;
    }
}
