package nl.meldpunt.casework;

import java.time.LocalDate;

/**
 * The citizen filed the complaint with the provider on {@code filedOn}: the provider's Wkkgz term (written
 * judgment within 6 weeks) runs from that day.
 */
public record ProviderComplaintFiled(long caseId, String caseNumber, LocalDate filedOn) {}
