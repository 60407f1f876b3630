package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks that inspector-facing output carries none of the test citizen's personal data. */
final class PersonalData {

    private PersonalData() {}

    static void assertNoneIn(String output) {
        assertThat(output)
                .doesNotContain(ReportCases.CITIZEN_NAME)
                .doesNotContain("Geertruida")
                .doesNotContain("Vertrouwelijk")
                .doesNotContain(ReportCases.CITIZEN_EMAIL)
                .doesNotContain(ReportCases.CITIZEN_PHONE)
                .doesNotContain("Geheimstraat")
                .doesNotContain("niemand kwam helpen");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
