package nl.meldpunt.platform;

import java.util.Collection;

/**
 * The access log (NEN 7513 idea): who saw or changed which case's or person's data, when, in what role, from
 * where. Views, downloads and changes of {@code /zaken/{caseNumber}/**} and {@code /api/v1/cases/{caseNumber}/**}
 * are recorded centrally; code that shows a <em>list</em> of cases calls {@link #recordResults} with one line.
 * Lives in platform so that every module can record without depending on the module that stores the log.
 */
public interface AccessLog {

    /** Request attribute set by the authentication filters: how the caller authenticated (session, basic, token). */
    String VIA_ATTRIBUTE = AccessLog.class.getName() + ".via";

    /** Records that the current user did {@code action} on one case (or person reference). */
    void record(AccessAction action, String caseNumber, String personRef);

    /** Records one {@link AccessAction#SEARCH_RESULT} per case number shown in a list, search or report. */
    void recordResults(Collection<String> caseNumbers);
}
