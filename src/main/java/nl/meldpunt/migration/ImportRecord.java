package nl.meldpunt.migration;

import java.util.List;

/**
 * One case as it appears in an import file (docs/import.md). Everything is kept as text here, so that a bad date
 * or code becomes a rejection with its field name rather than a parse error.
 */
record ImportRecord(
        String externalId,
        String caseNumber,
        String channel,
        String kind,
        String reporterType,
        String sector,
        String urgency,
        List<String> themes,
        String text,
        String inspectorSummary,
        String occurredOn,
        String receivedAt,
        String status,
        Reporter reporter,
        List<Subject> subjects,
        List<Contact> contacts,
        List<Clock> clocks,
        List<StatusChange> statusHistory,
        Closure closure) {

    record Reporter(
            Boolean anonymous,
            String relation,
            String name,
            String email,
            String phone,
            String postalAddress,
            String contactPreference) {}

    record Subject(
            String type,
            String name,
            String place,
            String kvkNumber,
            String establishmentNumber,
            String bigNumber,
            String udiDi,
            String lotNumber) {}

    record Contact(String at, String direction, String channel, String summary) {}

    record Clock(String type, String start, String due, String state) {}

    record StatusChange(String at, String actor, String from, String to, String reason) {}

    record Closure(String closedAt, String outcome) {}
}
