package nl.meldpunt.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module that holds citizens' personal data implements this (as a Spring bean), so that the privacy module can
 * find, export, correct and erase everything about one person, destroy a case at the end of its retention term and
 * anonymise a copy of the database — without knowing the module's tables. Every implementation records its own
 * changes in the case history.
 */
public interface PersonalDataHolder {

    /** A short, stable name of the data source, e.g. {@code casework.reporter}; used in exports and requests. */
    String source();

    /** The records that (may) belong to the person sought, best match first, at most {@code limit}. */
    List<PersonalRecord> find(PersonQuery query, int limit);

    /** Everything this holder keeps about people on one case (reporter, free text, files), for an export. */
    List<PersonalRecord> forCase(String caseNumber);

    /** The fields of a record that {@link #correct} accepts. */
    List<String> correctableFields();

    /** Replaces field values of one record (a rectification); throws {@link InvalidInput} for unknown fields. */
    void correct(String recordId, Map<String, String> values, String actor, String reason);

    /** Refuses a correction that is empty or names a field outside {@code correctable}, naming each such field. */
    static void requireCorrectable(Map<String, String> values, List<String> correctable) {
        Map<String, String> errors = new LinkedHashMap<>();
        values.keySet().stream().filter(f -> !correctable.contains(f))
                .forEach(f -> errors.put(f, "This field cannot be corrected."));
        if (values.isEmpty()) {
            errors.put("values", "Nothing to correct.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Erases the personal data of one record (an erasure request); the case itself stays. */
    void erase(String recordId, String actor, String reason);

    /**
     * Destroys all personal data and free text this holder keeps for a case at the end of its retention term,
     * keeping only what anonymous statistics need.
     */
    void destroyCase(String caseNumber, String actor);

    /** Replaces every personal value with a fake one, irreversibly (copies for test environments); returns rows. */
    long anonymiseAll(Anonymiser anonymiser);

    /** Makes up replacement values for {@link #anonymiseAll}. */
    interface Anonymiser {
        String name(String original);

        String email(String original);

        String phone(String original);

        String address(String original);

        String text(String original);
    }
}
