package org.podium.samples.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser, as a visitor uses it: headless Chromium, driven over the DevTools
 * Protocol ({@link DevTools}). Clicks the Cars tab and a stage, reads what is shown, sorts, looks at
 * it on a phone, and checks that the page asks for nothing but itself. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Without a {@code chromium} binary the tests are skipped, saying how to install one; with
 * {@code PODIUM_REQUIRE_BROWSER=1} (CI, once it has installed Chromium) that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BrowserTest {

    private static final String INSTALL = "no Chromium found: install it (Debian/Ubuntu: apt-get install chromium),"
            + " or set PODIUM_CHROMIUM to a Chrome or Chromium binary; PODIUM_REQUIRE_BROWSER=1 makes this a failure";

    private DevTools browser;
    private String pageUrl;
    private Path screenshots;

    @BeforeAll
    void startTheBrowser(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = DevTools.findChromium();
        if (chromium.isEmpty()) {
            if ("1".equals(System.getenv("PODIUM_REQUIRE_BROWSER"))) {
                Assertions.fail(INSTALL);
            }
            // Each test is skipped, saying why (an aborted @BeforeAll would be reported as no tests at all).
            return;
        }
        Path page = Pages.write(Pages.report(DakarWithCars.event()), Map.of(),
                Pages.buildFolder("browser").resolve("dakar-2002.html"));
        pageUrl = page.toAbsolutePath().normalize().toUri().toString();
        screenshots = Files.createDirectories(Pages.buildFolder("screenshots"));
        browser = DevTools.launch(chromium.get(), dir);
    }

    @AfterAll
    void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktop() throws Exception {
        Assumptions.assumeTrue(browser != null, INSTALL);
        browser.send("Emulation.setScriptExecutionDisabled", "value", false);
        browser.viewport(1280, 900, 1, false);
    }

    @Test
    void theCarsTabAndAStageShowThatStagesWinnerAndTheGeneralLeaderAfterIt() throws Exception {
        open();
        // Bikes opens first, on its latest results: the final classification.
        assertThat(visibleTables()).extracting(t -> t.heading).containsExactly("Final classification");
        assertThat(visibleTables().get(0).rows.get(0)).containsExactly("1", "1", "Fabrizio Meoni (ITA)", "KTM",
                "KTM Factory Team", "48:00:59", "");

        browser.click("#tab-cars");
        browser.click("#tab-cars-stage-10");

        assertThat(attribute("#tab-cars", "aria-selected")).isEqualTo("true");
        assertThat(attribute("#tab-bikes", "aria-selected")).isEqualTo("false");
        assertThat(attribute("#tab-cars-stage-10", "aria-selected")).isEqualTo("true");
        assertThat(attribute("#tab-cars-final", "aria-selected")).isEqualTo("false");
        List<Table> shown = visibleTables();
        assertThat(shown).extracting(t -> t.heading)
                .containsExactly("Stage 10 classification", "General classification after stage 10");
        // Jutta Kleinschmidt won stage 10; Hiroshi Masuoka led the general classification after it.
        assertThat(shown.get(0).rows.get(0)).containsExactly("1", "200", "Jutta Kleinschmidt (DEU), Andreas Schulz (DEU)",
                "Mitsubishi", "3:46:12", "");
        assertThat(shown.get(1).rows.get(0)).containsExactly("1", "201", "Hiroshi Masuoka (JPN), Pascal Maimon (FRA)",
                "Mitsubishi", "18:26:45", "");
        assertThat(shown.get(1).rows.get(2)).containsExactly("3", "200", "Jutta Kleinschmidt (DEU), Andreas Schulz (DEU)",
                "Mitsubishi", "18:47:20", "+0:20:35");
        assertThat(text("#cars-stage-10 .route")).isEqualTo("7 Jan 2002 · Atar → Atar (loop) · 404.5 km");
        // The address names the view, so that a link opens it.
        assertThat(browser.evaluate("location.hash").getAsString()).isEqualTo("#view=cars-stage-10");
        save("desktop-cars-stage-10.png", browser.screenshot(false));

        // Opened from that address, the page shows that view.
        open(pageUrl + "#view=cars-stage-3");
        assertThat(visibleTables()).extracting(t -> t.heading)
                .containsExactly("Stage 3 classification", "General classification after stage 3");
        assertThat(attribute("#tab-cars", "aria-selected")).isEqualTo("true");
        assertThat(browser.evaluate("scrollY").getAsDouble()).as("the page opens at its top").isZero();
        assertOnlyThePageWasRequested();
    }

    @Test
    void aHeadingSortsItsColumnTimesAndGapsAsDurationsWithRetiredCrewsLast() throws Exception {
        open();
        browser.click("#tab-cars");
        browser.click("#tab-cars-final");
        List<String> byPosition = drivers("#cars-final");
        assertThat(byPosition).startsWith("Hiroshi Masuoka", "Jutta Kleinschmidt", "Kenjiro Shinozuka").hasSize(10);
        assertThat(attribute("#cars-final th:nth-child(1)", "aria-sort")).isEqualTo("ascending");

        clickHeader("#cars-final", "Gap");
        assertThat(attribute(header("#cars-final", "Gap"), "aria-sort")).isEqualTo("ascending");
        assertThat(attribute("#cars-final th:nth-child(1)", "aria-sort")).isNull();
        assertThat(drivers("#cars-final")).isEqualTo(byPosition);
        clickHeader("#cars-final", "Gap");
        assertThat(attribute(header("#cars-final", "Gap"), "aria-sort")).isEqualTo("descending");
        // As text, "+8:24:51" would come before "+18:04:22" and "+10:40:02"; as durations it does not.
        assertThat(drivers("#cars-final")).containsExactly("Nicolas Misslin", "Jean-Jacques Ratet", "Klever Kolberg",
                "Luc Alphand", "Saeed Al-Hajri", "Carlos Sousa", "Jean-Pierre Fontenay", "Kenjiro Shinozuka",
                "Jutta Kleinschmidt", "Hiroshi Masuoka");
        assertThat(column("#cars-final", 6)).startsWith("+18:04:22", "+15:48:03", "+12:21:09", "+10:40:02", "+8:24:51");
        save("desktop-cars-final-by-gap.png", browser.screenshot(false));

        // The bikes' final: Despres retired, without a time, stays last whichever way the times sort.
        browser.click("#tab-bikes");
        clickHeader("#bikes-final", "Time");
        assertThat(drivers("#bikes-final")).containsExactly("Fabrizio Meoni", "Pål Anders Ullevålseter", "Cyril Despres");
        clickHeader("#bikes-final", "Time");
        assertThat(drivers("#bikes-final")).containsExactly("Pål Anders Ullevålseter", "Fabrizio Meoni", "Cyril Despres");
        assertThat(column("#bikes-final", 5)).containsExactly("54:12:21 *", "48:00:59", "—");
        clickHeader("#bikes-final", "Crew");
        assertThat(drivers("#bikes-final")).containsExactly("Cyril Despres", "Fabrizio Meoni", "Pål Anders Ullevålseter");
        clickHeader("#bikes-final", "Pos.");
        assertThat(drivers("#bikes-final")).containsExactly("Fabrizio Meoni", "Pål Anders Ullevålseter", "Cyril Despres");
        assertOnlyThePageWasRequested();
    }

    @Test
    void onAPhoneThePageNeverScrollsSidewaysTablesScrollInTheirOwnBox() throws Exception {
        browser.viewport(390, 844, 3, true);
        open();
        assertThat(browser.evaluate("innerWidth").getAsInt()).as("the viewport meta gives the phone's width")
                .isEqualTo(390);
        // Every view of every category, one after the other.
        JsonArray overflows = browser.evaluate("(() => { const wide = [];"
                + " for (const category of document.querySelectorAll('.category-tabs > [role=tab]')) {"
                + "  category.click();"
                + "  const panel = document.getElementById(category.getAttribute('aria-controls'));"
                + "  for (const stage of panel.querySelectorAll('.stage-tabs > [role=tab]')) {"
                + "   stage.click();"
                + "   const width = document.documentElement.scrollWidth;"
                + "   if (width > innerWidth) wide.push(stage.id + ': ' + width); } }"
                + " return wide; })()").getAsJsonArray();
        assertThat(overflows).as("views wider than the phone").isEmpty();

        browser.click("#tab-cars");
        browser.click("#tab-cars-final");
        assertThat(browser.evaluate("document.documentElement.scrollWidth <= innerWidth").getAsBoolean()).isTrue();
        assertThat(browser.evaluate("(() => { const box = document.querySelector('#cars-final .scroll');"
                + " return box.scrollWidth > box.clientWidth; })()").getAsBoolean())
                .as("the final classification, wider than a phone, scrolls in its own box").isTrue();
        save("phone-cars-final.png", browser.screenshot(false));

        browser.click("#tab-cars-stage-10");
        browser.evaluate("window.scrollTo(0, 0)");
        assertThat(browser.evaluate("document.documentElement.scrollWidth <= innerWidth").getAsBoolean()).isTrue();
        save("phone-cars-stage-10.png", browser.screenshot(false));
        save("phone-cars-stage-10-whole-page.png", browser.screenshot(true));
        assertOnlyThePageWasRequested();
    }

    @Test
    void theArrowKeysMoveBetweenTabs() throws Exception {
        open();
        browser.evaluate("document.getElementById('tab-bikes').focus()");
        browser.press("ArrowRight", 39);
        assertThat(browser.evaluate("document.activeElement.id").getAsString()).isEqualTo("tab-cars");
        assertThat(attribute("#tab-cars", "aria-selected")).isEqualTo("true");
        assertThat(browser.evaluate("document.getElementById('cars').checkVisibility()").getAsBoolean()).isTrue();
        assertThat(browser.evaluate("document.getElementById('bikes').checkVisibility()").getAsBoolean()).isFalse();
        browser.press("End", 35);
        assertThat(browser.evaluate("document.activeElement.id").getAsString()).isEqualTo("tab-trucks");
        browser.press("ArrowRight", 39);
        assertThat(browser.evaluate("document.activeElement.id").getAsString()).isEqualTo("tab-bikes");
        // Only the selected tab is in the tab order.
        assertThat(browser.evaluate("[...document.querySelectorAll('.category-tabs > [role=tab]')]"
                + ".map(t => t.tabIndex).join()").getAsString()).isEqualTo("0,-1,-1");
        assertOnlyThePageWasRequested();
    }

    @Test
    void withoutJavaScriptEveryClassificationIsShown() throws Exception {
        browser.send("Emulation.setScriptExecutionDisabled", "value", true);
        open();
        browser.send("Emulation.setScriptExecutionDisabled", "value", false);
        int tables = browser.evaluate("document.querySelectorAll('table.results').length").getAsInt();
        assertThat(tables).isEqualTo(DakarWithCars.event().classifications().count(c -> c.rows().notEmpty()));
        assertThat(visibleTables()).hasSize(tables);
        assertThat(browser.evaluate("document.querySelector('.category-tabs').checkVisibility()").getAsBoolean())
                .as("tabs that could do nothing are not shown").isFalse();
        assertThat(browser.evaluate("document.querySelector('#cars > h2').checkVisibility()").getAsBoolean()).isTrue();
        save("desktop-without-javascript.png", browser.screenshot(false));
        assertOnlyThePageWasRequested();
    }

    // Helpers

    /** A table shown on the screen: its heading, and the text of each row's cells. */
    private record Table(String heading, List<List<String>> rows) {
    }

    private void open() throws Exception {
        open(pageUrl);
    }

    private void open(String url) throws Exception {
        browser.navigate("about:blank");
        browser.forget();
        browser.navigate(url);
    }

    private List<Table> visibleTables() throws Exception {
        JsonArray tables = browser.evaluate("[...document.querySelectorAll('table.results')]"
                + ".filter(t => t.checkVisibility())"
                + ".map(t => ({heading: document.getElementById(t.getAttribute('aria-labelledby')).innerText,"
                + " rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.innerText.replace(/\\s+/g, ' ').trim()))}))")
                .getAsJsonArray();
        List<Table> shown = new ArrayList<>();
        for (JsonElement table : tables) {
            JsonObject t = table.getAsJsonObject();
            List<List<String>> rows = new ArrayList<>();
            for (JsonElement row : t.getAsJsonArray("rows")) {
                List<String> cells = new ArrayList<>();
                row.getAsJsonArray().forEach(cell -> cells.add(cell.getAsString()));
                rows.add(cells);
            }
            shown.add(new Table(t.get("heading").getAsString(), rows));
        }
        return shown;
    }

    /** The first person of each row of the view's table, as shown, in the order shown. */
    private List<String> drivers(String view) throws Exception {
        JsonArray names = browser.evaluate("[...document.querySelectorAll(" + DevTools.quote(view + " tbody tr")
                + ")].map(r => r.querySelector('.person').firstChild.textContent.trim())").getAsJsonArray();
        List<String> drivers = new ArrayList<>();
        names.forEach(name -> drivers.add(name.getAsString()));
        return drivers;
    }

    private List<String> column(String view, int index) throws Exception {
        JsonArray cells = browser.evaluate("[...document.querySelectorAll(" + DevTools.quote(view + " tbody tr")
                + ")].map(r => r.cells[" + index + "].innerText.replace(/\\s+/g, ' ').trim())").getAsJsonArray();
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.getAsString()));
        return texts;
    }

    /** The selector of the view's column heading that reads {@code text}. */
    private String header(String view, String text) throws Exception {
        int index = browser.evaluate("[...document.querySelectorAll(" + DevTools.quote(view + " thead th")
                + ")].findIndex(th => th.textContent.trim() === " + DevTools.quote(text) + ")").getAsInt();
        assertThat(index).as("a column '" + text + "' in " + view).isNotNegative();
        return view + " thead th:nth-child(" + (index + 1) + ")";
    }

    private void clickHeader(String view, String text) throws Exception {
        browser.click(header(view, text) + " button");
    }

    private String attribute(String selector, String name) throws Exception {
        JsonElement value = browser.evaluate("document.querySelector(" + DevTools.quote(selector) + ").getAttribute("
                + DevTools.quote(name) + ")");
        return value.isJsonNull() ? null : value.getAsString();
    }

    private String text(String selector) throws Exception {
        return browser.evaluate("document.querySelector(" + DevTools.quote(selector) + ").innerText").getAsString();
    }

    /** No request but the page's own file, and no error: no blocked resource, no refused script. */
    private void assertOnlyThePageWasRequested() {
        assertThat(browser.requests()).as("what the page asked for").isNotEmpty()
                .allSatisfy(url -> assertThat(url.replaceFirst("#.*", "")).isEqualTo(pageUrl));
        assertThat(browser.errors()).as("errors in the page's console").isEmpty();
    }

    private void save(String name, byte[] png) throws Exception {
        Files.write(screenshots.resolve(name), png);
    }
}
