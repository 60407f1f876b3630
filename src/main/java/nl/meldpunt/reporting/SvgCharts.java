package nl.meldpunt.reporting;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts, the same on the page and in the PDF (vector graphics there). Colour-blind safe:
 * Okabe-Ito colours, and series told apart by pattern and by a value or legend label as well, never by colour
 * alone. Only presentation attributes, no style attributes (the pages' CSP forbids inline styles). Every chart has
 * a title, and the page shows the same numbers in a table.
 */
final class SvgCharts {

    /** Okabe-Ito: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"};

    private SvgCharts() {}

    /** One bar: its label, its value and the text shown next to it ("&lt;5" when suppressed). */
    record Bar(String label, long value, String shown, boolean hidden) {}

    /** A series of a grouped chart: its name and one value (and shown text) per group. */
    record Series(String name, long[] values, boolean[] hidden) {}

    static String horizontalBars(String id, String title, List<Bar> bars) {
        int labelWidth = 230;
        int barArea = 330;
        int row = 22;
        int height = 30 + row * Math.max(1, bars.size());
        long max = Math.max(1, bars.stream().filter(b -> !b.hidden()).mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(id, title, 640, height);
        int y = 26;
        for (Bar b : bars) {
            svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">").append(esc(clip(b.label(), 34)))
                    .append("</text>");
            int w = b.hidden() ? 0 : (int) Math.max(b.value() > 0 ? 1 : 0, Math.round(barArea * (double) b.value() / max));
            if (w > 0) {
                svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(w).append("\" height=\"").append(row - 6).append("\" fill=\"").append(PALETTE[0])
                        .append("\"/>");
            }
            svg.append("<text x=\"").append(labelWidth + w + 5).append("\" y=\"").append(y + 14)
                    .append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(esc(b.shown())).append("</text>");
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** Grouped vertical bars (e.g. months × years), each series with its own colour and pattern, and a legend. */
    static String groupedBars(String id, String title, List<String> groups, List<Series> series, Locale locale) {
        int width = 680;
        int height = 280;
        int left = 50;
        int top = 40;
        int plotHeight = 190;
        int groupWidth = (width - left - 10) / Math.max(1, groups.size());
        int barWidth = Math.max(3, (groupWidth - 8) / Math.max(1, series.size()));
        long max = 1;
        for (Series s : series) {
            for (int i = 0; i < s.values().length; i++) {
                if (!s.hidden()[i]) {
                    max = Math.max(max, s.values()[i]);
                }
            }
        }
        StringBuilder svg = open(id, title, width, height);
        svg.append("<defs>");
        for (int k = 0; k < series.size(); k++) {
            svg.append(pattern(id + "-p" + k, k));
        }
        svg.append("</defs>");
        // axis and gridline labels
        for (int g = 0; g <= 4; g++) {
            long v = Math.round(max * g / 4.0);
            int y = top + plotHeight - (int) Math.round(plotHeight * g / 4.0);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(left - 4).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#1a1a1a\">")
                    .append(java.text.NumberFormat.getIntegerInstance(locale).format(v)).append("</text>");
        }
        for (int i = 0; i < groups.size(); i++) {
            int gx = left + i * groupWidth + 4;
            for (int k = 0; k < series.size(); k++) {
                Series s = series.get(k);
                int x = gx + k * barWidth;
                if (s.hidden()[i]) {
                    svg.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(top + plotHeight - 3)
                            .append("\" text-anchor=\"middle\" font-size=\"7\" fill=\"#1a1a1a\">&lt;5</text>");
                    continue;
                }
                int h = (int) Math.round(plotHeight * (double) s.values()[i] / max);
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + plotHeight - h)
                        .append("\" width=\"").append(barWidth - 1).append("\" height=\"").append(h)
                        .append("\" fill=\"url(#").append(id).append("-p").append(k).append(")\" stroke=\"")
                        .append(PALETTE[k % PALETTE.length]).append("\" stroke-width=\"1\"/>");
            }
            svg.append("<text x=\"").append(gx + groupWidth / 2 - 4).append("\" y=\"").append(top + plotHeight + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1a1a1a\">").append(esc(groups.get(i)))
                    .append("</text>");
        }
        // legend: swatch with the same pattern, and the series name
        int lx = left;
        for (int k = 0; k < series.size(); k++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(height - 22)
                    .append("\" width=\"16\" height=\"12\" fill=\"url(#").append(id).append("-p").append(k)
                    .append(")\" stroke=\"").append(PALETTE[k % PALETTE.length]).append("\"/>");
            svg.append("<text x=\"").append(lx + 22).append("\" y=\"").append(height - 12)
                    .append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(esc(series.get(k).name())).append("</text>");
            lx += 120;
        }
        return svg.append("</svg>").toString();
    }

    /** Solid for the first series, diagonal hatching for the second, dots for the third, cross-hatching after. */
    private static String pattern(String pid, int k) {
        String colour = PALETTE[k % PALETTE.length];
        String head = "<pattern id=\"" + pid + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">";
        return switch (k % 4) {
            case 0 -> head + "<rect width=\"6\" height=\"6\" fill=\"" + colour + "\"/></pattern>";
            case 1 -> head + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0,6 L6,0\" stroke=\""
                    + colour + "\" stroke-width=\"2\"/></pattern>";
            case 2 -> head + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\""
                    + colour + "\"/></pattern>";
            default -> head + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0,0 L6,6 M0,6 L6,0\" stroke=\""
                    + colour + "\" stroke-width=\"1\"/></pattern>";
        };
    }

    private static StringBuilder open(String id, String title, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rp-chart\" role=\"img\" ")
                .append("aria-labelledby=\"").append(id).append("-title\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title id=\"").append(id).append("-title\">").append(esc(title))
                .append("</title><text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(esc(title)).append("</text>");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
