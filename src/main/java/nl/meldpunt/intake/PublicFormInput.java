package nl.meldpunt.intake;

import java.util.List;

/**
 * What a citizen typed into the public web form, exactly as sent (strings, so that a wrong value is a message next
 * to the field and never a binding failure). Files travel separately; {@code removeFiles} are ids of held files the
 * citizen asked to drop. {@code homepage} is the honeypot: invisible to people, filled only by bots.
 */
record PublicFormInput(
        String formToken,
        String formStarted,
        String kind,
        String description,
        String subjectType,
        String subjectName,
        String subjectPlace,
        String occurredOn,
        String relation,
        String anonymous,
        String name,
        String email,
        String phone,
        String postalAddress,
        String contactPreference,
        String homepage,
        List<String> removeFiles) {

    PublicFormInput {
        removeFiles = removeFiles == null ? List.of() : List.copyOf(removeFiles);
    }

    static PublicFormInput empty(String formToken, long startedMillis) {
        return new PublicFormInput(formToken, Long.toString(startedMillis), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of());
    }

    public boolean isAnonymous() {
        return "true".equals(anonymous) || "on".equals(anonymous);
    }

    boolean honeypotFilled() {
        return homepage != null && !homepage.isBlank();
    }

    /** Ids of held files the citizen ticked for removal (anything that is not a number is ignored). */
    List<Long> removeFileIds() {
        return removeFiles.stream().filter(v -> v != null && v.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /** Milliseconds since the epoch when the form was first shown, if the page sent a sensible value. */
    java.util.Optional<Long> startedMillis() {
        return formStarted != null && formStarted.matches("\\d{1,18}")
                ? java.util.Optional.of(Long.valueOf(formStarted)) : java.util.Optional.empty();
    }

    /** The same input with another form token (a missing or malformed one is replaced). */
    PublicFormInput withFormToken(String token) {
        return new PublicFormInput(token, formStarted, kind, description, subjectType, subjectName, subjectPlace,
                occurredOn, relation, anonymous, name, email, phone, postalAddress, contactPreference, homepage,
                removeFiles);
    }
}
