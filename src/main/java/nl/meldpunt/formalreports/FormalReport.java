package nl.meldpunt.formalreports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A report as stored: its form's fields, and once submitted its case number and term. */
record FormalReport(
        long id,
        ReportType type,
        Status status,
        Organisation organisation,
        Map<String, String> fields,
        LocalDate awareOn,
        String caseNumber,
        LocalDate dueOn,
        Integer lateDays,
        String lateUnit,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        long version) {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean isLate() {
        return lateDays != null && lateDays > 0;
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** A date field as Dutch-style day-month-year, or the text as stored when it is no date. */
    public String shownDate(String name) {
        java.time.LocalDate d = ReportValidation.date(fields.get(name));
        return d == null ? field(name) : d.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
