package nl.meldpunt.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Read side of the register of data-subject requests, and their exports, for the privacy pages. */
@Component
public class PrivacyRegister {

    private final PrivacyRequests requests;
    private final SubjectExport export;

    PrivacyRegister(PrivacyRequests requests, SubjectExport export) {
        this.requests = requests;
        this.export = export;
    }

    public List<PrivacyRequest> latest(int limit) {
        return requests.latest(limit);
    }

    public Optional<PrivacyRequest> find(long id) {
        return requests.find(id);
    }

    public byte[] exportJson(PrivacyRequest request) {
        return export.json(request);
    }

    public byte[] exportPdf(PrivacyRequest request, Locale locale) {
        return export.pdf(request, locale);
    }
}
