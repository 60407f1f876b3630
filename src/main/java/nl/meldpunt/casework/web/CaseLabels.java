package nl.meldpunt.casework.web;


import java.util.List;
import java.util.stream.Collectors;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of reference-data codes for pages ({@code ${@caseLabels.of('SECTOR', c.sector)}}), in the viewer's
 * language. Served from the in-memory reference data, so a list of 50 cases costs no extra query.
 */
@Component("caseLabels")
public class CaseLabels {

    private final ReferenceData reference;

    CaseLabels(ReferenceData reference) {
        this.reference = reference;
    }

    public String of(String list, String code) {
        return of(ReferenceList.valueOf(list), code);
    }

    public String of(ReferenceList list, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return reference.label(list, code, LocaleContextHolder.getLocale());
    }

    public String themes(List<String> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(code -> of(ReferenceList.THEME, code)).collect(Collectors.joining(", "));
    }
}
