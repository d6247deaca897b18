package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.HeadlessChromium;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The seeds' run report in a real headless Chromium: it loads without a console error or an
 * exception, requests nothing but its own file, and shows its charts. Skips where Debian's chromium
 * is not installed.
 */
class RunReportBrowserTest {
  private static final String CHECKS =
      """
      JSON.stringify({
        svgs: document.querySelectorAll('svg').length,
        perDaySvgs: document.querySelectorAll('#events-per-day svg').length,
        perDayBars: document.querySelectorAll('#events-per-day svg rect').length,
        actorSvgs: document.querySelectorAll('#top-actors svg').length,
        dyadSvgs: document.querySelectorAll('#top-dyads svg').length,
        sections: [...document.querySelectorAll('body > section')].map(s => s.id),
        chartWidth: document.querySelector('#events-per-day svg').getBoundingClientRect().width,
        brokenAnchors: [...document.querySelectorAll('a[href^="#"]')]
            .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length,
        evidenceLinks: document.querySelectorAll('#events a[href^="#evidence-"]').length
      })
      """;

  @TempDir Path temp;

  @Test
  void pageLoadsOfflineWithoutErrorsAndShowsItsCharts() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(HeadlessChromium.BINARY),
        "Skipped: /usr/bin/chromium is not installed (apt-get install -y chromium), so the run"
            + " report is not checked in a browser.");
    Path warehouse = Warehouses.seedsCatalogCopy(temp.resolve("warehouse"));
    Path page =
        RunReport.write(
            new WarehouseLayout(warehouse),
            Warehouses.SEED_RUN_DATE.toString(),
            RunReportTest.trickyFacts());
    String url = page.toUri().toString();
    Path target = SharedData.projectRoot().resolve("jobs/target");
    Files.createDirectories(temp.resolve("profile"));

    long start = System.nanoTime();
    try (HeadlessChromium browser =
        HeadlessChromium.start(
            temp.resolve("profile"), target.resolve("chromium-report-test.log"))) {
      for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
        browser.send(domain + ".enable", Map.of());
      }
      browser.send("Page.navigate", Map.of("url", url));
      browser.awaitEvent("Page.loadEventFired", event -> true);

      JsonNode result =
          browser.send("Runtime.evaluate", Map.of("expression", CHECKS, "returnByValue", true));
      JsonNode checks = new ObjectMapper().readTree(result.path("result").path("value").asText());
      String screenshot =
          browser.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
      byte[] png = Base64.getDecoder().decode(screenshot);
      Path shot = target.resolve("run-report-screenshot.png");
      Files.write(shot, png);

      List<JsonNode> consoleErrors =
          browser.events("Runtime.consoleAPICalled").stream()
              .filter(call -> List.of("error", "assert").contains(call.path("type").asText()))
              .toList();
      List<JsonNode> logErrors =
          browser.events("Log.entryAdded").stream()
              .filter(entry -> entry.path("entry").path("level").asText().equals("error"))
              .toList();
      List<String> requested =
          browser.events("Network.requestWillBeSent").stream()
              .map(request -> request.path("request").path("url").asText())
              .toList();
      System.out.printf(
          "RunReportBrowserTest: Chromium took %.1f s; %d request(s); screenshot %s (%d bytes)%n",
          (System.nanoTime() - start) / 1e9, requested.size(), shot, png.length);

      assertThat(consoleErrors).as("console errors").isEmpty();
      assertThat(browser.events("Runtime.exceptionThrown")).as("exceptions").isEmpty();
      assertThat(logErrors).as("log errors").isEmpty();
      assertThat(requested).as("network requests").containsOnly(url);

      assertThat(checks.path("svgs").asInt()).isEqualTo(4);
      assertThat(checks.path("perDaySvgs").asInt()).isEqualTo(1);
      assertThat(checks.path("perDayBars").asInt()).isGreaterThan(4);
      assertThat(checks.path("actorSvgs").asInt()).isEqualTo(1);
      assertThat(checks.path("dyadSvgs").asInt()).isEqualTo(1);
      assertThat(checks.path("chartWidth").asDouble()).isGreaterThan(300);
      assertThat(checks.path("brokenAnchors").asInt()).isZero();
      assertThat(checks.path("evidenceLinks").asInt()).isPositive();
      assertThat(checks.path("sections").toString())
          .contains("events-per-day", "top-actors", "top-dyads", "events", "evidence")
          .contains("data-quality", "gates", "run-facts");

      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
      Set<Integer> colors = new HashSet<>();
      for (int y = 0; y < image.getHeight(); y += 4) {
        for (int x = 0; x < image.getWidth(); x += 4) {
          colors.add(image.getRGB(x, y));
        }
      }
      assertThat(colors).as("distinct colours in the screenshot").hasSizeGreaterThan(20);
    }
  }
}
