package nl.meldpunt.intake;

/**
 * One message on the form: the field it belongs to, the element id the error summary links to, the message key and
 * an optional argument (a file name).
 */
record PublicFormError(String field, String anchor, String messageKey, String argument) {

    static PublicFormError of(String field, String messageKey) {
        return new PublicFormError(field, anchor(field), messageKey, null);
    }

    /** Radio groups are linked through their first option. */
    static String anchor(String field) {
        return switch (field) {
            case "kind" -> "kind-QUESTION";
            case "subjectType" -> "subjectType-PROVIDER";
            case "relation" -> "relation-PATIENT";
            case "contactPreference" -> "contactPreference-PHONE";
            default -> field;
        };
    }
}
