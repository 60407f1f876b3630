package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the report forms, without the application. */
class ReportValidationTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void empty_calamity_names_every_required_field() {
        assertThat(ReportValidation.forSubmission(ReportType.CALAMITY, Map.of(), TODAY)).containsOnlyKeys(
                "law", "whatHappened", "occurredOn", "awareOn", "outcome", "immediateMeasures", "investigator",
                "investigationReportExpectedOn");
    }

    @Test
    void draft_is_only_checked_for_length() {
        assertThat(ReportValidation.forDraft(ReportType.CALAMITY, Map.of("awareOn", "morgen"))).isEmpty();
        assertThat(ReportValidation.forDraft(ReportType.CALAMITY, Map.of("investigator", "x".repeat(301))))
                .containsEntry("investigator", "tooLong");
    }

    @Test
    void awareness_may_not_be_in_the_future_nor_before_the_event_but_the_expected_report_date_may() {
        Map<String, String> v = new HashMap<>(Map.of("occurredOn", "2026-11-20", "awareOn", "2026-11-19",
                "investigationReportExpectedOn", "2027-01-15"));
        assertThat(ReportValidation.forSubmission(ReportType.CALAMITY, v, TODAY))
                .containsEntry("awareOn", "awareBeforeOccurred").doesNotContainKey("investigationReportExpectedOn");
        v.put("awareOn", "2026-11-24");
        assertThat(ReportValidation.forSubmission(ReportType.CALAMITY, v, TODAY)).containsEntry("awareOn", "future");
    }

    @Test
    void dismissal_needs_a_big_number_that_passes_the_eleven_check() {
        assertThat(ReportValidation.forSubmission(ReportType.DISMISSAL, Map.of("bigNumber", "12345678901"), TODAY))
                .containsEntry("bigNumber", "bigNumber");
        assertThat(ReportValidation.forSubmission(ReportType.DISMISSAL, Map.of("bigNumber", "12345678902"), TODAY))
                .doesNotContainKey("bigNumber");
    }

    @Test
    void device_incident_needs_a_lot_or_serial_number_and_a_plausible_udi_di() {
        assertThat(ReportValidation.forSubmission(ReportType.DEVICE_INCIDENT, Map.of("udiDi", "a b"), TODAY))
                .containsEntry("lotNumber", "lotOrSerial").containsEntry("udiDi", "udiDi");
        assertThat(ReportValidation.forSubmission(ReportType.DEVICE_INCIDENT,
                Map.of("serialNumber", "SN1", "udiDi", "08712345678906"), TODAY))
                .doesNotContainKeys("lotNumber", "udiDi");
    }

    @Test
    void medicine_registration_number_is_rvg_or_eu() {
        for (String ok : new String[] {"RVG 12345", "rvg12345", "EU/1/23/456/789"}) {
            assertThat(ReportValidation.forSubmission(ReportType.MEDICINE_DEFECT, Map.of("registrationNumber", ok),
                    TODAY)).as(ok).doesNotContainKey("registrationNumber");
        }
        assertThat(ReportValidation.forSubmission(ReportType.MEDICINE_DEFECT, Map.of("registrationNumber", "12345"),
                TODAY)).containsEntry("registrationNumber", "registrationNumber");
    }

    @Test
    void mdr_terms_are_two_ten_and_fifteen_days() {
        assertThat(ReportTerms.mdrDays("SERIOUS_PUBLIC_HEALTH_THREAT")).isEqualTo(2);
        assertThat(ReportTerms.mdrDays("DEATH_OR_SERIOUS_DETERIORATION")).isEqualTo(10);
        assertThat(ReportTerms.mdrDays("OTHER")).isEqualTo(15);
    }

    @Test
    void dutch_dates_are_read_as_day_month_year() {
        assertThat(ReportValidation.date("4-5-2026")).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(ReportValidation.date("2026-05-04")).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(ReportValidation.date("31-02-2026")).isNull();
    }
}
