package nl.meldpunt.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the case the case-page benchmark opens — many history entries, contacts and attachments — through the
 * application's own API, as a case handler would: one intake, then contacts, uploads and classification edits
 * (each edit is one history entry) until the history has the wanted length. Bounded by a deadline.
 */
final class BigCase {

    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern ACTION = Pattern.compile("\"action\"\\s*:");

    private BigCase() {}

    record Built(String caseNumber, int history, int contacts, int attachments) {}

    static Built build(BenchHttp http, String apiToken, String handlerToken, int historyEntries, int contacts,
            int attachments, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> intake = http.send("POST", apiToken, "/api/v1/intakes", IntakeLoadBenchmark.json(0, -1));
        Matcher number = CASE_NUMBER.matcher(intake.body());
        if (intake.statusCode() != 201 || !number.find()) {
            throw new IllegalStateException("Intake of the big case failed: HTTP " + intake.statusCode());
        }
        String n = number.group(1);
        String cases = "/api/v1/cases/" + n;
        int logged = 0;
        for (int i = 0; i < contacts && System.nanoTime() < deadline; i++) {
            String json = """
                    {"medium":"%s","direction":"%s","durationSeconds":%d,
                     "summary":"Gesprek %d met de melder over de medicatie en de bereikbaarheid van de avonddienst."}
                    """.formatted(i % 3 == 0 ? "EMAIL" : "PHONE", i % 2 == 0 ? "OUTGOING" : "INCOMING", 60 + i, i);
            logged += http.send("POST", handlerToken, cases + "/contacts", json).statusCode() == 201 ? 1 : 0;
        }
        int uploaded = 0;
        for (int i = 0; i < attachments && System.nanoTime() < deadline; i++) {
            uploaded += http.upload(handlerToken, cases + "/attachments", "bijlage-" + i + ".pdf", "application/pdf",
                    pdf(i)).statusCode() == 201 ? 1 : 0;
        }
        int history = history(http, handlerToken, cases);
        for (int i = 0; history < historyEntries && i < 2 * historyEntries && System.nanoTime() < deadline; i++) {
            Matcher version = VERSION.matcher(http.get(handlerToken, cases).body());
            if (!version.find()) {
                break;
            }
            String json = """
                    {"version":%s,"kind":"COMPLAINT","reporterType":"CITIZEN","sector":"ELDERLY_CARE",
                     "urgency":"%s","themes":["MEDICATION"],"inspectorSummary":"Samenvatting, herzien (%d).",
                     "reason":"Nieuwe informatie van de melder."}
                    """.formatted(version.group(1), i % 2 == 0 ? "HIGH" : "NORMAL", i);
            if (http.send("PUT", handlerToken, cases + "/classification", json).statusCode() == 200) {
                history++;
            }
        }
        return new Built(n, history(http, handlerToken, cases), logged, uploaded);
    }

    private static int history(BenchHttp http, String token, String cases) throws IOException, InterruptedException {
        Matcher m = ACTION.matcher(http.get(token, cases + "/history").body());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** A small valid one-page PDF (the upload checks the content, not the name). */
    static byte[] pdf(int i) {
        String content = "BT /F1 12 Tf 72 720 Td (Bijlage " + i + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int o = 0; o < objects.length; o++) {
            offsets[o] = pdf.length();
            pdf.append(o + 1).append(" 0 obj\n").append(objects[o]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
