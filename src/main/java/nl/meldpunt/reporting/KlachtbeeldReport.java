package nl.meldpunt.reporting;

import java.time.Instant;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.meldpunt.reference.ReferenceList;
import nl.meldpunt.reporting.KlachtbeeldFigures.Count;

/**
 * A Klachtbeeld ready to show: labels, numbers as text (suppressed when published), the generated text and the
 * charts. The page, the PDF, the CSV and the JSON are all made from this, so they agree.
 */
record KlachtbeeldReport(
        int year,
        boolean published,
        Instant editionPublishedAt,
        String text,
        String total,
        String complaints,
        String forwarded,
        String forwardedShare,
        List<MonthLine> monthly,
        List<Line> channels,
        List<Line> sectors,
        List<SectorBlock> themesPerSector,
        List<Line> outcomes,
        List<Line> kinds,
        List<Line> urgencies,
        List<Line> reporterTypes,
        String chartMonths,
        String chartChannels,
        String chartSectors) {

    record Line(String section, String code, String label, String value, String share) {}

    record MonthLine(int month, String name, String twoYearsBefore, String yearBefore, String year) {}

    record SectorBlock(String code, String label, String cases, List<Line> themes) {}

    static KlachtbeeldReport of(KlachtbeeldFigures f, Instant editionAt, boolean published, ReportLabels labels,
            Locale locale) {
        Suppression s = new Suppression(published, locale);
        List<MonthLine> months = f.monthly().stream()
                .map(m -> new MonthLine(m.month(), Month.of(m.month()).getDisplayName(TextStyle.FULL, locale),
                        s.n(m.twoYearsBefore()), s.n(m.yearBefore()), s.n(m.year())))
                .toList();
        Function<String, String> outcomeLabel = code -> labels.text("reporting.outcome." + code, locale);
        List<Line> channels = lines("channel", f.channels(), f.total(), s,
                code -> code == null ? labels.text("reporting.unknown", locale)
                        : labels.text("reporting.channel." + code, locale));
        List<Line> sectors = lines("sector", f.sectors(), f.total(), s,
                code -> labels.of(ReferenceList.SECTOR, code, locale));
        List<SectorBlock> themes = f.themesPerSector().stream()
                .map(b -> new SectorBlock(b.sector(), labels.of(ReferenceList.SECTOR, b.sector(), locale),
                        s.n(b.cases()), lines("theme:" + b.sector(), b.themes(), b.cases(), s,
                                code -> labels.of(ReferenceList.THEME, code, locale))))
                .toList();
        List<Line> outcomes = lines("outcome", f.forwardedOutcomes(), f.forwarded(), s, outcomeLabel);
        List<Line> kinds = lines("kind", f.kinds(), f.total(), s, code -> labels.of(ReferenceList.KIND, code, locale));
        List<Line> urgencies = lines("urgency", f.urgencies(), f.total(), s,
                code -> labels.of(ReferenceList.URGENCY, code, locale));
        List<Line> reporters = lines("reporterType", f.reporterTypes(), f.total(), s,
                code -> labels.of(ReferenceList.REPORTER_TYPE, code, locale));

        String chartMonths = SvgCharts.groupedBars("kb-months", labels.text("reporting.kb.chart.months", locale),
                f.monthly().stream().map(m -> Month.of(m.month()).getDisplayName(TextStyle.SHORT, locale)).toList(),
                List.of(series(String.valueOf(f.year() - 2), f, 0, published),
                        series(String.valueOf(f.year() - 1), f, 1, published),
                        series(String.valueOf(f.year()), f, 2, published)),
                locale);
        String chartChannels = SvgCharts.horizontalBars("kb-channels", labels.text("reporting.kb.channels", locale),
                bars(channels, f.channels(), published));
        String chartSectors = SvgCharts.horizontalBars("kb-sectors", labels.text("reporting.kb.sectors", locale),
                bars(sectors, f.sectors(), published));

        return new KlachtbeeldReport(f.year(), published, editionAt, text(f, s, labels, locale), s.n(f.total()),
                s.n(f.complaints()), s.n(f.forwarded()), s.percent(f.forwarded(), f.total()), months, channels,
                sectors, themes, outcomes, kinds, urgencies, reporters, chartMonths, chartChannels, chartSectors);
    }

    /** "In 2031 ontving het LMZ 6.885 klachten, 7% meer dan in 2030. ..." */
    static String text(KlachtbeeldFigures f, Suppression s, ReportLabels labels, Locale locale) {
        StringBuilder text = new StringBuilder(labels.text("reporting.kb.text.received", locale, String.valueOf(f.year()),
                s.n(f.complaints())));
        long before = f.complaintsYearBefore();
        if (before > 0 && !(s.published() && (Suppression.hides(before) || Suppression.hides(f.complaints())))) {
            long change = Math.round(100.0 * (f.complaints() - before) / before);
            String key = change > 0 ? "reporting.kb.text.more" : change < 0 ? "reporting.kb.text.less"
                    : "reporting.kb.text.same";
            text.append(labels.text(key, locale, Math.abs(change), String.valueOf(f.year() - 1)));
        } else {
            text.append('.');
        }
        text.append(' ').append(labels.text("reporting.kb.text.total", locale, s.n(f.total()), s.n(f.forwarded()),
                s.percent(f.forwarded(), f.total()).isEmpty() ? "-" : s.percent(f.forwarded(), f.total())));
        List<String> biggest = f.sectors().stream().filter(c -> c.code() != null).limit(3)
                .map(c -> labels.of(ReferenceList.SECTOR, c.code(), locale) + " (" + s.n(c.count()) + ")").toList();
        if (!biggest.isEmpty()) {
            text.append(' ').append(labels.text("reporting.kb.text.sectors", locale, String.join(", ", biggest)));
        }
        return text.toString();
    }

    private static List<Line> lines(String section, List<Count> counts, long whole, Suppression s,
            Function<String, String> label) {
        List<Line> lines = new ArrayList<>();
        for (Count c : counts) {
            lines.add(new Line(section, c.code() == null ? "" : c.code(), label.apply(c.code()), s.n(c.count()),
                    s.percent(c.count(), whole)));
        }
        return lines;
    }

    private static List<SvgCharts.Bar> bars(List<Line> lines, List<Count> counts, boolean published) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long v = counts.get(i).count();
            bars.add(new SvgCharts.Bar(lines.get(i).label(), v, lines.get(i).value(), published && Suppression.hides(v)));
        }
        return bars;
    }

    private static SvgCharts.Series series(String name, KlachtbeeldFigures f, int which, boolean published) {
        long[] values = new long[12];
        boolean[] hidden = new boolean[12];
        for (var m : f.monthly()) {
            long v = which == 0 ? m.twoYearsBefore() : which == 1 ? m.yearBefore() : m.year();
            values[m.month() - 1] = v;
            hidden[m.month() - 1] = published && Suppression.hides(v);
        }
        return new SvgCharts.Series(name, values, hidden);
    }

    /** The published figures as JSON: every count a string, "&lt;5" when under the threshold. */
    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", year);
        json.put("published", editionPublishedAt != null);
        json.put("publishedAt", editionPublishedAt);
        json.put("text", text);
        json.put("total", plain(total));
        json.put("complaints", plain(complaints));
        json.put("forwarded", plain(forwarded));
        json.put("monthly", monthly.stream().map(m -> Map.of("month", m.month(),
                String.valueOf(year - 2), plain(m.twoYearsBefore()), String.valueOf(year - 1), plain(m.yearBefore()),
                String.valueOf(year), plain(m.year()))).toList());
        json.put("channels", jsonLines(channels));
        json.put("sectors", jsonLines(sectors));
        json.put("themesPerSector", themesPerSector.stream().map(b -> Map.of("sector", b.code() == null ? "" : b.code(),
                "label", b.label(), "cases", plain(b.cases()), "themes", jsonLines(b.themes()))).toList());
        json.put("forwardedOutcomes", jsonLines(outcomes));
        json.put("kinds", jsonLines(kinds));
        json.put("urgencies", jsonLines(urgencies));
        json.put("reporterTypes", jsonLines(reporterTypes));
        return json;
    }

    /** The published figures as CSV (semicolon separated, UTF-8): section;code;label;count. */
    String asCsv() {
        StringBuilder csv = new StringBuilder("\uFEFFsection;code;label;count\n");
        csv.append("total;;;").append(plain(total)).append('\n');
        csv.append("complaints;COMPLAINT;;").append(plain(complaints)).append('\n');
        csv.append("forwarded;;;").append(plain(forwarded)).append('\n');
        for (MonthLine m : monthly) {
            csv.append("month:").append(year - 2).append(';').append(m.month()).append(";;").append(plain(m.twoYearsBefore())).append('\n');
            csv.append("month:").append(year - 1).append(';').append(m.month()).append(";;").append(plain(m.yearBefore())).append('\n');
            csv.append("month:").append(year).append(';').append(m.month()).append(";;").append(plain(m.year())).append('\n');
        }
        List<Line> all = new ArrayList<>();
        all.addAll(channels);
        all.addAll(sectors);
        themesPerSector.forEach(b -> all.addAll(b.themes()));
        all.addAll(outcomes);
        all.addAll(kinds);
        all.addAll(urgencies);
        all.addAll(reporterTypes);
        for (Line l : all) {
            csv.append(l.section()).append(';').append(l.code()).append(';').append(csvText(l.label())).append(';')
                    .append(plain(l.value())).append('\n');
        }
        return csv.toString();
    }

    /** The published figures as a spreadsheet: sheet "figures" (as the CSV) and sheet "months" (three years). */
    byte[] asXlsx() {
        List<List<Object>> figures = new ArrayList<>();
        figures.add(List.of("total", "", "", cellOf(total)));
        figures.add(List.of("complaints", "COMPLAINT", "", cellOf(complaints)));
        figures.add(List.of("forwarded", "", "", cellOf(forwarded)));
        List<Line> all = new ArrayList<>();
        all.addAll(channels);
        all.addAll(sectors);
        themesPerSector.forEach(b -> all.addAll(b.themes()));
        all.addAll(outcomes);
        all.addAll(kinds);
        all.addAll(urgencies);
        all.addAll(reporterTypes);
        all.forEach(l -> figures.add(List.of(l.section(), l.code(), l.label(), cellOf(l.value()))));
        List<List<Object>> months = monthly.stream()
                .map(m -> List.<Object>of(m.month(), m.name(), cellOf(m.twoYearsBefore()), cellOf(m.yearBefore()),
                        cellOf(m.year())))
                .toList();
        return XlsxWorkbook.of(List.of(
                new XlsxWorkbook.Sheet("figures " + year, List.of("section", "code", "label", "count"), figures),
                new XlsxWorkbook.Sheet("months", List.of("month", "name", String.valueOf(year - 2),
                        String.valueOf(year - 1), String.valueOf(year)), months)));
    }

    /** A shown count as a spreadsheet cell: a number, or the text "&lt;5". */
    private static Object cellOf(String shown) {
        String plain = plain(shown);
        return plain.equals(Suppression.SUPPRESSED) || plain.isEmpty() ? plain : (Object) Long.parseLong(plain);
    }

    private static List<Map<String, String>> jsonLines(List<Line> lines) {
        return lines.stream().map(l -> Map.of("code", l.code(), "label", l.label(), "count", plain(l.value()))).toList();
    }

    /** Shown numbers without thousands separators ("6.885" → "6885"); "&lt;5" stays. */
    private static String plain(String shown) {
        return shown.equals(Suppression.SUPPRESSED) ? shown : shown.replaceAll("[^0-9]", "");
    }

    private static String csvText(String s) {
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
