package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spreadsheet exports (cases in 2046, a year no other test uses): the published Klachtbeeld with numbers as
 * numeric cells and "<5", the analyst export without and with personal data, each recorded in the access log.
 */
class ReportXlsxTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired JdbcClient jdbc;

    @Test
    void klachtbeeld_and_case_export_as_xlsx_with_suppression_personal_data_rule_and_access_log() throws Exception {
        var cases = new ReportCases(registration, queries, editing);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            numbers.add(cases.register(ReportCases.complaint("ELDERLY_CARE", "ATTITUDE"),
                    ReportCases.at(LocalDate.of(2046, 4, 2 + i), 10)));
        }
        var analyst = LoggedInSession.login(baseUrl(), "analyst");

        var kb = analyst.get("/rapportages/klachtbeeld.xlsx?jaar=2046");
        assertThat(kb.status()).isEqualTo(200);
        assertThat(kb.contentType()).startsWith(XlsxWorkbook.CONTENT_TYPE);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(kb.bytes()))) {
            Sheet figures = wb.getSheetAt(0);
            assertThat(row(figures, "total").getCell(3).getNumericCellValue()).isEqualTo(6.0);
            assertThat(row(figures, "sector").getCell(1).getStringCellValue()).isEqualTo("ELDERLY_CARE");
            // the reporter types split has one code (CITIZEN, 6); channels: PHONE 6; urgency NORMAL 6 — all >= 5
            assertThat(row(figures, "forwarded").getCell(3).getStringCellValue()).isEqualTo("<5");
            Sheet months = wb.getSheet("months");
            Row april = months.getRow(4);
            assertThat(april.getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(april.getCell(4).getNumericCellValue()).isEqualTo(6.0);
            assertThat(months.getRow(1).getCell(4).getStringCellValue()).isEqualTo("<5");
        }

        var plain = analyst.get("/rapportages/export.xlsx?van=2046-04-02&tot=2046-04-07");
        assertThat(plain.status()).isEqualTo(200);
        String plainText = text(plain.bytes());
        assertThat(plainText).contains(numbers.get(0), numbers.get(5));
        PersonalData.assertNoneIn(plainText);
        assertThat(analyst.get("/rapportages/export.xlsx?van=2046-04-02&tot=2046-04-07&persoonsgegevens=true")
                .status()).isEqualTo(403);
        var senior = LoggedInSession.login(baseUrl(), "senior");
        var personal = senior.get("/rapportages/export.xlsx?van=2046-04-02&tot=2046-04-07&persoonsgegevens=true");
        assertThat(personal.status()).isEqualTo(200);
        assertThat(text(personal.bytes())).contains(ReportCases.CITIZEN_NAME, ReportCases.CITIZEN_EMAIL);

        assertThat(jdbc.sql("""
                SELECT exported_by || ':' || personal_data || ':' || rows_exported FROM report_export_log
                WHERE filter ->> 'from' = '2046-04-02' AND filter ->> 'format' = 'xlsx' ORDER BY id""")
                .query(String.class).list()).containsExactly("analyst:false:6", "senior:true:6");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("""
                    SELECT actor || ':' || person_ref FROM accesslog.access_record
                    WHERE action = 'EXPORT' AND case_number = :n ORDER BY seq""")
                    .param("n", numbers.get(3)).query(String.class).list())
                    .containsExactly("analyst:zaken-export", "senior:zaken-export-persoonsgegevens");
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM accesslog.access_record
                    WHERE action = 'EXPORT' AND person_ref = 'klachtbeeld-2046' AND actor = 'analyst'""")
                    .query(Long.class).single()).isPositive();
        });
    }

    private static Row row(Sheet sheet, String section) {
        for (Row r : sheet) {
            if (section.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + section);
    }

    /** Every text cell of the first sheet, joined. */
    private static String text(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    all.append(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                            : c.getStringCellValue()).append('\t');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }
}
