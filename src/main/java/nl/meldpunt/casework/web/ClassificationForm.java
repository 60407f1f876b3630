package nl.meldpunt.casework.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.Classification;

/** The classification edit form on the case page; {@code version} is the version the editor saw. */
public record ClassificationForm(
        @NotNull Long version,
        @Size(max = 40, message = "{casework.error.code}") String kind,
        @Size(max = 40, message = "{casework.error.code}") String reporterType,
        @Size(max = 40, message = "{casework.error.code}") String sector,
        @Size(max = 40, message = "{casework.error.code}") String urgency,
        @Size(max = 12, message = "{casework.error.code}") List<@Size(max = 40) String> themes,
        @Size(max = 2000, message = "{casework.error.tooLong}") String inspectorSummary,
        @Size(max = 2000, message = "{casework.error.tooLong}") String reason) {

    public ClassificationForm {
        kind = Forms.blankToNull(kind);
        reporterType = Forms.blankToNull(reporterType);
        sector = Forms.blankToNull(sector);
        urgency = Forms.blankToNull(urgency);
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
        inspectorSummary = Forms.blankToNull(inspectorSummary);
        reason = Forms.blankToNull(reason);
    }

    static ClassificationForm of(CaseView c) {
        return new ClassificationForm(c.version(), c.kind(), c.reporterType(), c.sector(), c.urgency(), c.themes(),
                c.inspectorSummary(), null);
    }

    ClassificationForm withVersion(long newVersion) {
        return new ClassificationForm(newVersion, kind, reporterType, sector, urgency, themes, inspectorSummary,
                reason);
    }

    Classification classification() {
        return new Classification(kind, reporterType, sector, urgency, themes, inspectorSummary);
    }

    public boolean hasTheme(String code) {
        return themes.contains(code);
    }
}
