package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The attachment-text job is only called for intakes that came with files: no event publication for the rest. */
class AttachmentTextPublicationTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired JdbcClient jdbc;

    @Test
    void only_an_intake_with_files_gets_an_attachment_text_publication() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();
        String without = register(List.of());
        String with = register(List.of(new NewAttachment("brief.pdf", "application/pdf", pdf)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> publications(with) == 1 && followUpDone(without) && followUpDone(with));
        assertThat(publications(without)).isZero();
    }

    private String register(List<NewAttachment> files) {
        return registration.register(new NewCase(Channel.WEB_FORM, "COMPLAINT", "CITIZEN", null, null, List.of(),
                "Klacht over de thuiszorg", null, null, NewReporter.anonymousReporter(ReporterRelation.OTHER),
                List.of(), files, null)).caseNumber().value();
    }

    private long publications(String caseNumber) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE listener_id LIKE '%AttachmentTextJob%'
                AND serialized_event LIKE :number""").param("number", "%\"" + caseNumber + "\"%")
                .query(Long.class).single();
    }

    private boolean followUpDone(String caseNumber) {
        return jdbc.sql("""
                SELECT count(*) FROM case_follow_up f JOIN case_file c ON c.id = f.case_id
                WHERE c.case_number = :n""").param("n", caseNumber).query(Long.class).single() == 0;
    }
}
