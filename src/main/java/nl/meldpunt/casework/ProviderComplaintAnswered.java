package nl.meldpunt.casework;

import java.time.LocalDate;

/** The provider gave its written judgment on the complaint (the summary stays on the case). */
public record ProviderComplaintAnswered(long caseId, String caseNumber, LocalDate answeredOn) {}
