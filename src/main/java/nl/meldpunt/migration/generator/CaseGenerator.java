package nl.meldpunt.migration.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import nl.meldpunt.platform.Amsterdam;

/**
 * Writes a realistic import file (JSONL, docs/import.md), deterministic for a seed: monthly volumes with growth
 * and seasonality, the Klachtbeeld channel mix and sector shares, about 20% of complaints forwarded, a few thousand
 * providers with a heavy tail, clocks in every state, about 3 contacts and 5 history entries per case, and Dutch
 * texts varied from the labelled examples.
 */
public final class CaseGenerator {

    static final String[] SECTORS = {"MENTAL_HEALTH", "HOSPITAL_CARE", "ELDERLY_CARE", "GENERAL_PRACTICE",
        "DISABILITY_CARE", "YOUTH_CARE", "HOME_CARE", "DENTAL_CARE", "PHARMACY_MEDICINES", "EMERGENCY_CARE",
        "ALLIED_HEALTH", "MEDICAL_DEVICES", "COSMETIC_ALTERNATIVE", "PUBLIC_HEALTH", "OTHER"};
    static final double[] SECTOR_SHARE = {0.19, 0.17, 0.12, 0.11, 0.08, 0.07, 0.05, 0.04, 0.04, 0.03, 0.025, 0.03,
        0.02, 0.015, 0.02};
    static final String[] CHANNELS = {"PHONE", "WEB_FORM", "EMAIL", "API", "LETTER"};
    static final double[] CHANNEL_SHARE = {0.57, 0.30, 0.07, 0.03, 0.03};
    /** Fewer cases in summer and around Christmas, more in early spring and autumn. */
    static final double[] SEASON = {1.05, 1.05, 1.10, 1.00, 1.00, 0.95, 0.80, 0.80, 1.00, 1.05, 1.05, 0.90};
    static final double GROWTH_PER_YEAR = 1.07;
    private static final String[] OUTCOMES = {"ADVISED", "REFERRED", "RESOLVED_BY_PROVIDER", "WITHDRAWN",
        "NO_JURISDICTION"};
    private static final double[] OUTCOME_SHARE = {0.45, 0.30, 0.10, 0.07, 0.08};
    private static final long DAY = 86_400;

    private final GeneratorOptions options;
    private final SplittableRandom random;
    private final Vocabulary words = Vocabulary.load();
    private final TextBank texts = new TextBank(words);
    private final Providers providers;
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private final Weighted sectors = new Weighted(SECTOR_SHARE);
    private final Weighted channels = new Weighted(CHANNEL_SHARE);
    private final Weighted outcomes = new Weighted(OUTCOME_SHARE);
    private final String[] firstNames = words.get("firstNames");
    private final String[] lastNames = words.get("lastNames");
    private final String[] places = words.get("places");
    private final String[] streets = words.get("streets");
    private final String[] contactSummaries = words.get("contactSummaries");
    private final String[] reasons = words.get("statusReasons");
    private final String[] actors = words.get("actors");
    private final long now;

    public CaseGenerator(GeneratorOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        int providerCount = (int) Math.max(100, Math.min(4000, options.cases() / 250));
        this.providers = new Providers(words, SECTORS, SECTOR_SHARE, providerCount, random);
        this.now = options.end().plusMonths(1).atDay(1).atStartOfDay(Amsterdam.ZONE).toEpochSecond();
    }

    /** Writes the file; returns its size in bytes. */
    public long writeTo(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 20)) {
            write(out);
        }
        return Files.size(file);
    }

    public void write(Writer out) throws IOException {
        int months = options.years() * 12;
        YearMonth first = options.end().minusMonths(months - 1L);
        long[] perMonth = perMonth(months, first);
        StringBuilder line = new StringBuilder(4096);
        long sequence = 0;
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            long[] arrivals = arrivals(month, (int) perMonth[m]);
            for (long arrival : arrivals) {
                line.setLength(0);
                sequence++;
                writeCase(line, sequence, arrival >>> 3, CHANNELS[(int) (arrival & 7)]);
                line.append('\n');
                out.append(line);
            }
        }
    }

    /** Cases per month: growth and seasonality, rounded so the total is exact. */
    private long[] perMonth(int months, YearMonth first) {
        double[] weight = new double[months];
        double sum = 0;
        for (int m = 0; m < months; m++) {
            weight[m] = Math.pow(GROWTH_PER_YEAR, m / 12.0) * SEASON[first.plusMonths(m).getMonthValue() - 1];
            sum += weight[m];
        }
        long[] counts = new long[months];
        long assigned = 0;
        for (int m = 0; m < months; m++) {
            counts[m] = (long) Math.floor(options.cases() * weight[m] / sum);
            assigned += counts[m];
        }
        for (int m = months - 1; assigned < options.cases(); m = (m + months - 1) % months) {
            counts[m]++;
            assigned++;
        }
        return counts;
    }

    /** Arrival times in a month (epoch seconds × 8 + channel), sorted: phone on office hours, the rest any time. */
    private long[] arrivals(YearMonth month, int n) {
        long start = month.atDay(1).atStartOfDay(Amsterdam.ZONE).toEpochSecond();
        int days = month.lengthOfMonth();
        long[] result = new long[n];
        for (int i = 0; i < n; i++) {
            int channel = channels.pick(random);
            long t;
            if (channel == 0) {
                LocalDate day;
                do {
                    day = month.atDay(1 + random.nextInt(days));
                } while (!calendar.isWorkingDay(CalendarType.OFFICE, day));
                t = day.atStartOfDay(Amsterdam.ZONE).toEpochSecond() + 9 * 3600 + random.nextInt(8 * 3600);
            } else {
                t = start + random.nextLong(days * DAY);
            }
            result[i] = (t << 3) | channel;
        }
        Arrays.sort(result);
        return result;
    }

    private void writeCase(StringBuilder j, long sequence, long received, String channel) {
        String sector = SECTORS[sectors.pick(random)];
        TextBank.Example example = texts.pick(sector, random);
        Providers.Provider provider = providers.pick(sector, random);
        boolean complaint = "COMPLAINT".equals(example.kind());
        boolean forwarded = complaint ? random.nextInt(100) < 20
                : "REPORT".equals(example.kind()) && random.nextInt(100) < 10;
        long age = now - received;
        boolean open = age < 90 * DAY && random.nextDouble() > (double) age / (90 * DAY);
        long duration = DAY * (2 + (long) (Math.exp(random.nextDouble() * 4.2))) * (forwarded ? 2 : 1);
        long closed = Math.min(received + duration, now - 3600);

        String[] path = path(forwarded);
        int steps = path.length;
        if (open) {
            steps = random.nextInt(path.length);
        }
        String status = steps == 0 ? "RECEIVED" : path[steps - 1];
        long end = open ? now - 3600 : closed;
        boolean anonymous = random.nextInt(100) < 8;
        String preference = anonymous ? "NONE" : pickPreference();

        j.append("{\"externalId\":\"G").append(options.seed()).append('-').append(pad(sequence)).append('"');
        str(j, "channel", channel);
        str(j, "kind", example.kind());
        str(j, "reporterType", example.reporterType());
        str(j, "sector", sector);
        str(j, "urgency", example.urgency());
        j.append(",\"themes\":[");
        for (int i = 0; i < example.themes().size(); i++) {
            j.append(i == 0 ? "\"" : ",\"").append(example.themes().get(i)).append('"');
        }
        j.append(']');
        str(j, "text", texts.vary(example, random));
        str(j, "occurredOn", date(received - DAY * random.nextInt(60)).toString());
        str(j, "receivedAt", Instant.ofEpochSecond(received).toString());
        str(j, "status", status);
        reporter(j, anonymous, preference, "CITIZEN".equals(example.reporterType()));
        j.append(",\"subjects\":[{\"type\":\"PROVIDER\"");
        str(j, "name", provider.name());
        str(j, "place", provider.place());
        str(j, "kvkNumber", provider.kvk());
        str(j, "establishmentNumber", provider.establishment());
        j.append("}]");
        contacts(j, received, end);
        long[] times = spread(received, end, steps);
        j.append(",\"statusHistory\":[");
        String from = "RECEIVED";
        for (int i = 0; i < steps; i++) {
            j.append(i == 0 ? "{" : ",{");
            j.append("\"at\":\"").append(Instant.ofEpochSecond(times[i])).append('"');
            str(j, "actor", actors[random.nextInt(actors.length)]);
            str(j, "from", from);
            str(j, "to", path[i]);
            if (random.nextInt(3) == 0) {
                str(j, "reason", reasons[random.nextInt(reasons.length)]);
            }
            j.append('}');
            from = path[i];
        }
        j.append(']');
        clocks(j, received, open, status, example, forwarded, preference, times, steps, path);
        if (!open) {
            j.append(",\"closure\":{\"closedAt\":\"").append(Instant.ofEpochSecond(times[steps - 1])).append('"');
            str(j, "outcome", forwarded ? (random.nextInt(10) < 4 ? "INVESTIGATED" : "FORWARDED")
                    : OUTCOMES[outcomes.pick(random)]);
            j.append('}');
        }
        j.append('}');
    }

    private String[] path(boolean forwarded) {
        String[] p = new String[8];
        int n = 0;
        if (random.nextInt(10) < 7) {
            p[n++] = "IN_TRIAGE";
        }
        p[n++] = "IN_PROGRESS";
        if (random.nextInt(100) < 35) {
            p[n++] = random.nextBoolean() ? "WAITING_FOR_CITIZEN" : "WAITING_FOR_PROVIDER";
            p[n++] = "IN_PROGRESS";
        }
        if (forwarded) {
            if (random.nextBoolean()) {
                p[n++] = "WAITING_FOR_AUTHORISATION";
            }
            p[n++] = "FORWARDED";
            p[n++] = "MONITORING";
        }
        p[n++] = "CLOSED";
        return Arrays.copyOf(p, n);
    }

    private void reporter(StringBuilder j, boolean anonymous, String preference, boolean citizen) {
        j.append(",\"reporter\":{\"anonymous\":").append(anonymous);
        if (citizen) {
            int r = random.nextInt(10);
            str(j, "relation", r < 6 ? "PATIENT" : r < 9 ? "RELATIVE" : "OTHER");
        }
        if (!anonymous) {
            String first = firstNames[random.nextInt(firstNames.length)];
            String last = lastNames[random.nextInt(lastNames.length)];
            String place = places[random.nextInt(places.length)];
            str(j, "name", first + " " + last);
            str(j, "email", (first + "." + last.replace(" ", "")).toLowerCase(java.util.Locale.ROOT)
                    + random.nextInt(1000) + "@example.nl");
            str(j, "phone", "06-" + (10_000_000 + random.nextInt(89_999_999)));
            str(j, "postalAddress", streets[random.nextInt(streets.length)] + " " + (1 + random.nextInt(180)) + ", "
                    + (1000 + random.nextInt(8999)) + " " + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26)) + " " + place);
        }
        str(j, "contactPreference", preference);
        j.append('}');
    }

    private String pickPreference() {
        int p = random.nextInt(100);
        return p < 60 ? "PHONE" : p < 90 ? "EMAIL" : p < 95 ? "LETTER" : "NONE";
    }

    private void contacts(StringBuilder j, long from, long to) {
        int n = 1 + random.nextInt(5);
        long[] times = spread(from, to, n);
        j.append(",\"contacts\":[");
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(10);
            j.append(i == 0 ? "{" : ",{");
            j.append("\"at\":\"").append(Instant.ofEpochSecond(times[i])).append('"');
            str(j, "direction", i == 0 || random.nextInt(3) == 0 ? "IN" : "OUT");
            str(j, "channel", c < 6 ? "PHONE" : c < 9 ? "EMAIL" : "LETTER");
            str(j, "summary", contactSummaries[random.nextInt(contactSummaries.length)]);
            j.append('}');
        }
        j.append(']');
    }

    private void clocks(StringBuilder j, long received, boolean open, String status, TextBank.Example example,
            boolean forwarded, String preference, long[] times, int steps, String[] path) {
        LocalDate start = date(received);
        LocalDate today = date(now);
        j.append(",\"clocks\":[");
        boolean triageDone = steps > 0 && !"IN_TRIAGE".equals(path[0]) || steps > 1;
        int days = "NORMAL".equals(example.urgency()) ? 5 : 1;
        clock(j, true, "TRIAGE", start, calendar.addWorkingDays(CalendarType.OFFICE, start, days),
                triageDone ? null : "RUNNING", today);
        if (!"NONE".equals(preference)) {
            String state = !open ? (random.nextInt(100) < 3 ? "EXPIRED" : "STOPPED")
                    : "WAITING_FOR_CITIZEN".equals(status) ? "PAUSED"
                    : random.nextInt(100) < 5 ? "EXTENDED" : "RUNNING";
            clock(j, false, "CALLBACK", start, calendar.addWorkingDays(CalendarType.OFFICE, start, 5), state, today);
        }
        if ("COMPLAINT".equals(example.kind()) && random.nextInt(100) < 15) {
            String state = open ? ("WAITING_FOR_PROVIDER".equals(status) ? "RUNNING" : "PAUSED") : "STOPPED";
            clock(j, false, "PROVIDER_COMPLAINT", start, start.plusWeeks(6), state, today);
        }
        if ("REPORT".equals(example.kind()) && !"NORMAL".equals(example.urgency())) {
            clock(j, false, "CALAMITY_INVESTIGATION", start, start.plusWeeks(8), open ? "RUNNING" : "STOPPED",
                    today);
        }
        if (forwarded) {
            int at = Arrays.asList(path).indexOf("FORWARDED");
            if (at >= 0 && at < steps) {
                LocalDate f = date(times[at]);
                clock(j, false, "INSPECTOR_DECISION", f, calendar.addWorkingDays(CalendarType.OFFICE, f, 10),
                        open && "FORWARDED".equals(status) ? "RUNNING" : "STOPPED", today);
            }
        }
        j.append(']');
    }

    /** A clock; a running one whose due date passed is EXPIRED. State null means stopped. */
    private void clock(StringBuilder j, boolean first, String type, LocalDate start, LocalDate due, String state,
            LocalDate today) {
        String s = state == null ? "STOPPED"
                : ("RUNNING".equals(state) || "EXTENDED".equals(state)) && due.isBefore(today) ? "EXPIRED" : state;
        LocalDate d = "EXTENDED".equals(s) ? due.plusWeeks(4) : due;
        j.append(first ? "{" : ",{");
        j.append("\"type\":\"").append(type).append("\",\"start\":\"").append(start).append("\",\"due\":\"")
                .append(d).append("\",\"state\":\"").append(s).append("\"}");
    }

    /** n sorted moments between from and to. */
    private long[] spread(long from, long to, int n) {
        long[] t = new long[n];
        long span = Math.max(1, to - from);
        for (int i = 0; i < n; i++) {
            t[i] = from + 60 + random.nextLong(span);
        }
        Arrays.sort(t);
        return t;
    }

    private static LocalDate date(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(Amsterdam.ZONE).toLocalDate();
    }

    private static String pad(long n) {
        String s = Long.toString(n);
        return s.length() >= 8 ? s : "00000000".substring(s.length()) + s;
    }

    private static void str(StringBuilder j, String key, String value) {
        j.append(",\"").append(key).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\n' -> j.append("\\n");
                case '\r' -> j.append("\\r");
                case '\t' -> j.append("\\t");
                default -> {
                    if (c < 0x20) {
                        j.append(String.format("\\u%04x", (int) c));
                    } else {
                        j.append(c);
                    }
                }
            }
        }
        j.append('"');
    }

}
