package org.newsevents.report;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn here so that the report needs no script, font or file from anywhere
 * else. Every label is escaped.
 */
final class Svg {
  private static final int MAX_LABEL_CHARS = 34;

  private Svg() {}

  /** One coloured layer of a stacked bar chart: a value per category. */
  record Series(String name, String color, long[] values) {}

  /** One bar of a horizontal bar chart. */
  record Bar(String label, double value) {}

  /**
   * Vertical bars, one per category, each a stack of the series; with a y axis and its ticks, a
   * category axis, both axis titles and a legend.
   */
  static String stackedBars(
      String description,
      List<String> categories,
      List<Series> series,
      String xTitle,
      String yTitle) {
    int left = 56;
    int right = 16;
    int top = 40;
    int bottom = 96;
    int plotHeight = 240;
    int count = Math.max(1, categories.size());
    int legendWidth = 0;
    for (Series s : series) {
      legendWidth += 24 + 7 * s.name().length();
    }
    int plotWidth = Math.max(Math.max(560, legendWidth), Math.min(70, 820 / count) * count);
    double step = (double) plotWidth / count;
    int width = left + plotWidth + right;
    int height = top + plotHeight + bottom;
    long max = 1;
    for (int c = 0; c < categories.size(); c++) {
      long total = 0;
      for (Series s : series) {
        total += s.values()[c];
      }
      max = Math.max(max, total);
    }
    long tick = niceStep(max);
    long axisMax = ((max + tick - 1) / tick) * tick;
    StringBuilder svg = open(width, height, description);
    // Legend.
    int legendX = left;
    for (Series s : series) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"12\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"22\" class=\"legend\">%s</text>%n",
              legendX,
              Html.escape(s.color()),
              legendX + 16,
              Html.escape(s.name())));
      legendX += 24 + 7 * s.name().length();
    }
    // Y axis with ticks and grid lines.
    for (long value = 0; value <= axisMax; value += tick) {
      double y = top + plotHeight - (double) value / axisMax * plotHeight;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%d</text>%n",
              left,
              y,
              left + plotWidth,
              y,
              left - 6,
              y + 4,
              value));
    }
    // Bars.
    int labelEvery = (int) Math.ceil(categories.size() / 40.0);
    double maxBar = 40;
    for (int c = 0; c < categories.size(); c++) {
      double barWidth = Math.min(maxBar, step * 0.76);
      double x = left + c * step + (step - barWidth) / 2;
      double base = top + plotHeight;
      for (Series s : series) {
        long value = s.values()[c];
        if (value == 0) {
          continue;
        }
        double h = (double) value / axisMax * plotHeight;
        base -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s, %s: %d</title></rect>%n",
                x,
                base,
                barWidth,
                h,
                Html.escape(s.color()),
                Html.escape(categories.get(c)),
                Html.escape(s.name()),
                value));
      }
      if (c % labelEvery == 0) {
        double lx = left + c * step + step / 2.0;
        double ly = top + plotHeight + 12;
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\""
                    + " transform=\"rotate(-45 %.1f %.1f)\">%s</text>%n",
                lx,
                ly,
                lx,
                ly,
                Html.escape(categories.get(c))));
      }
    }
    axes(svg, left, top, plotWidth, plotHeight);
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"axis-title\" text-anchor=\"middle\">%s</text>%n"
                + "<text x=\"14\" y=\"%d\" class=\"axis-title\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %d)\">%s</text>%n",
            left + plotWidth / 2,
            height - 8,
            Html.escape(xTitle),
            top + plotHeight / 2,
            top + plotHeight / 2,
            Html.escape(yTitle)));
    return svg.append("</svg>\n").toString();
  }

  /** Horizontal bars with their labels on the left and values at their ends, and an axis title. */
  static String horizontalBars(String description, List<Bar> bars, String xTitle, String color) {
    int left = 250;
    int right = 60;
    int top = 8;
    int rowHeight = 22;
    int plotWidth = 380;
    int plotHeight = rowHeight * Math.max(1, bars.size());
    int width = left + plotWidth + right;
    int height = top + plotHeight + 40;
    double max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value());
    }
    max = max <= 0 ? 1 : max;
    StringBuilder svg = open(width, height, description);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * rowHeight;
      double w = bar.value() / max * plotWidth;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>"
                  + "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                  + "<title>%s: %s</title></rect>"
                  + "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\">%s</text>%n",
              left - 6,
              y + rowHeight * 0.68,
              Html.escape(shorten(bar.label())),
              left,
              y + 3,
              w,
              rowHeight - 6,
              Html.escape(color),
              Html.escape(bar.label()),
              number(bar.value()),
              left + w + 4,
              y + rowHeight * 0.68,
              number(bar.value())));
    }
    axes(svg, left, top, plotWidth, plotHeight);
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"axis-title\" text-anchor=\"middle\">%s</text>%n",
            left + plotWidth / 2,
            height - 10,
            Html.escape(xTitle)));
    return svg.append("</svg>\n").toString();
  }

  /** A tick step of 1, 2 or 5 times a power of ten that gives about five ticks up to max. */
  static long niceStep(long max) {
    long rough = Math.max(1, max / 5);
    long power = 1;
    while (power * 10 <= rough) {
      power *= 10;
    }
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static StringBuilder open(int width, int height, String description) {
    return new StringBuilder()
        .append(
            String.format(
                Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n<title>%s</title>%n",
                width,
                height,
                width,
                height,
                Html.escape(description),
                Html.escape(description)));
  }

  private static void axes(StringBuilder svg, int left, int top, int plotWidth, int plotHeight) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>%n",
            left,
            top,
            left,
            top + plotHeight,
            left,
            top + plotHeight,
            left + plotWidth,
            top + plotHeight));
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS
        ? label
        : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
  }
}
