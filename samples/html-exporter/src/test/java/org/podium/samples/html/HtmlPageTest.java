package org.podium.samples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.report.Labels;
import org.podium.report.Report;
import org.podium.testkit.SampleEvents;

/**
 * What the page says, read back with jsoup: real values of the 2002 Dakar (the test kit's excerpt,
 * with the Cars of {@link DakarWithCars}), cross-checked with Podium's Markdown document of the
 * article.
 */
class HtmlPageTest {

    @Test
    void despresAndRomaAreTiedFirstAfterStageThreeInBikes() throws Exception {
        Document page = Pages.page(Pages.report(SampleEvents.dakarExcerpt()));
        Element view = page.getElementById("bikes-stage-3");
        assertThat(view).isNotNull();
        assertThat(view.selectFirst("h3").text()).isEqualTo("Stage 3");
        assertThat(view.selectFirst(".route").text()).isEqualTo("30 Dec 2001 · Narbonne (FRA) → Madrid (ESP) · 930 km");

        Element general = classification(view, "General classification after stage 3");
        assertThat(rows(general)).startsWith(
                List.of("1", "", "Cyril Despres (FRA)", "KTM", "0:32:38", ""),
                List.of("1", "", "Nani Roma (ESP)", "KTM", "0:32:38", ""),
                List.of("3", "", "Kari Tiainen (FIN)", "KTM", "0:32:59", "+0:00:21"));
        assertThat(general.select("p.note").eachText()).containsExactly(
                "Crews on equal time share a position.",
                "Top 3 only, as the source reports them: not a complete classification.");

        Element stage = classification(view, "Stage 3 classification");
        assertThat(rows(stage).get(0)).containsExactly("1", "", "Cyril Despres (FRA)", "KTM", "0:26:10", "");
    }

    @Test
    void meoniWinsTheBikesInFortyEightHoursAndDespresIsShownRetired() throws Exception {
        Document page = Pages.page(Pages.report(SampleEvents.dakarExcerpt()));
        Element finalView = page.getElementById("bikes-final");
        assertThat(finalView.selectFirst("h3").text()).isEqualTo("Final classification");
        assertThat(rows(finalView)).containsExactly(
                List.of("1", "1", "Fabrizio Meoni (ITA)", "KTM", "KTM Factory Team", "48:00:59", ""),
                List.of("2", "65", "Pål Anders Ullevålseter (NOR)", "KTM", "", "54:12:21 *", "+6:11:22"),
                List.of("Retired", "", "Cyril Despres (FRA)", "KTM", "", "—", ""));
        assertThat(finalView.select("p.note").eachText())
                .contains("* Time derived by Podium: the winner's time plus the reported gap.");
        // Times and gaps sort as durations, in milliseconds; the retired crew's time has no key and sorts last.
        Elements times = finalView.select("td.time:not(.gap)");
        assertThat(times.eachAttr("data-sort")).containsExactly("172859000", "195141000");
        assertThat(times.get(2).hasAttr("data-sort")).isFalse();
        assertThat(finalView.select("td.gap").eachAttr("data-sort")).containsExactly("0", "22282000");
        assertThat(finalView.select("tbody tr").get(2).hasClass("out")).isTrue();
    }

    @Test
    void masuokaWinsTheCarsInFortySixHours() throws Exception {
        Document page = Pages.page(Pages.report(DakarWithCars.event()));
        List<List<String>> standings = rows(page.getElementById("cars-final"));
        assertThat(standings.get(0)).containsExactly("1", "201", "Hiroshi Masuoka (JPN), Pascal Maimon (FRA)",
                "Mitsubishi", "Team Nippon Oil Mitsubishi Ralliart", "46:11:30", "");
        assertThat(standings.get(6)).containsExactly("7", "216", "Luc Alphand (FRA), Arnaud Debron (FRA)", "Mitsubishi",
                "Ralliart France", "56:51:32 *", "+10:40:02");
        Element stageTen = page.getElementById("cars-stage-10");
        assertThat(rows(classification(stageTen, "Stage 10 classification")).get(0)).containsExactly("1", "200",
                "Jutta Kleinschmidt (DEU), Andreas Schulz (DEU)", "Mitsubishi", "3:46:12", "");
        assertThat(rows(classification(stageTen, "General classification after stage 10")).get(0)).containsExactly("1",
                "201", "Hiroshi Masuoka (JPN), Pascal Maimon (FRA)", "Mitsubishi", "18:26:45", "");
    }

    @Test
    void categoriesAreTabsAndStagesWithResultsAreTabsWithinThem() throws Exception {
        Document page = Pages.page(Pages.report(DakarWithCars.event()));
        Element categories = page.selectFirst(".category-tabs");
        assertThat(categories.attr("role")).isEqualTo("tablist");
        assertThat(categories.attr("aria-label")).isEqualTo("Categories");
        Elements tabs = categories.select("> [role=tab]");
        assertThat(tabs.eachText()).containsExactly("Bikes", "Cars", "Trucks");
        assertThat(tabs.eachAttr("aria-selected")).containsExactly("true", "false", "false");
        for (Element tab : page.select("[role=tab]")) {
            Element panel = page.getElementById(tab.attr("aria-controls"));
            assertThat(panel).as(tab.id()).isNotNull();
            assertThat(panel.attr("role")).isEqualTo("tabpanel");
            assertThat(panel.attr("aria-labelledby")).isEqualTo(tab.id());
            assertThat(tab.tagName()).isEqualTo("button");
        }
        // One stage tab per stage with results, then the final classification; the latest opens.
        assertThat(stageTabs(page, "bikes").eachText()).containsExactly("2", "3", "Final");
        assertThat(stageTabs(page, "bikes").eachAttr("aria-label"))
                .containsExactly("Stage 2", "Stage 3", "Final classification");
        assertThat(stageTabs(page, "cars").eachText()).containsExactly("2", "3", "10", "Final");
        assertThat(stageTabs(page, "trucks").eachText()).containsExactly("3");
        assertThat(stageTabs(page, "cars").eachAttr("aria-selected")).containsExactly("false", "false", "false", "true");
        assertThat(page.getElementById("cars").selectFirst(".picker [role=tablist]").attr("aria-labelledby"))
                .isEqualTo("cars-picker");
        // What has no tab is said beside them: a liaison, a stage cancelled, a stage with nothing reported.
        assertThat(page.select("#trucks > .category-notes > li").eachText()).contains(
                "Stage 1 was a liaison only for Trucks: no timed special, no classification.",
                "No classification reported for stage 10.");
        assertThat(page.select("#trucks > .category-notes").text()).contains("Stage 2 was cancelled for Trucks.");
        assertThat(page.select("#trucks > .category-notes > li").eachText()).contains("No final classification reported.");
    }

    @Test
    void theOpenOptionChoosesTheViewEachCategoryOpensOn() throws Exception {
        Report report = Pages.report(DakarWithCars.event());
        Document first = Pages.parse(Pages.html(report, Map.of("open", "first")));
        assertThat(stageTabs(first, "cars").eachAttr("aria-selected")).containsExactly("true", "false", "false", "false");
        Document last = Pages.parse(Pages.html(report, Map.of("open", "last")));
        assertThat(stageTabs(last, "cars").eachAttr("aria-selected")).containsExactly("false", "false", "false", "true");
        assertThat(new HtmlExporter().descriptor().options()).singleElement().satisfies(option -> {
            assertThat(option.key()).isEqualTo("open");
            assertThat(option.allowed()).isEqualTo("last, first");
            assertThat(option.description()).contains("the view each category opens on");
        });
    }

    @Test
    void withoutJavaScriptEveryClassificationIsOnThePage() throws Exception {
        for (var sample : SampleEvents.all().entrySet()) {
            Event event = sample.getValue();
            Document page = Pages.page(Pages.report(event));
            long classifications = event.classifications().count(c -> c.rows().notEmpty());
            assertThat(page.select("table.results")).as(sample.getKey()).hasSize((int) classifications);
            assertThat(page.select("tbody tr")).as(sample.getKey())
                    .hasSize((int) event.classifications().sumOfInt(c -> c.rows().size()));
            // Nothing is hidden until the script runs, and the tabs only show once it has.
            assertThat(page.select("[hidden]")).as(sample.getKey()).isEmpty();
            assertThat(page.select("html").hasClass("js")).isFalse();
        }
        assertThat(css()).contains(".category-tabs{display:none;", ".js .category-tabs{display:flex}",
                ".picker{display:none;", ".js .picker{display:flex}");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        Event excerpt = SampleEvents.dakarExcerpt();
        String hostile = "<script>alert(\"pwned\")</script> & 'Co' <img src=x onerror=alert(1)>";
        Entry meoni = excerpt.entries().detect(e -> e.id().equals("bikes-1"));
        Entry renamed = new Entry(meoni.id(), meoni.categoryId(), meoni.number(),
                Lists.immutable.of(new Person(hostile, "ITA")), "KTM <b>", "Team \"Q\" & <i>", null);
        Event event = new Event("Rally <em>&amp;</em> \"Co\"", excerpt.edition(), excerpt.startDate(),
                excerpt.finishDate(), excerpt.description(), excerpt.source(), excerpt.properties(), excerpt.categories(),
                excerpt.stages(), excerpt.entries().collect(e -> e == meoni ? renamed : e), excerpt.classifications(),
                excerpt.penalties(), excerpt.awardedTimes(), excerpt.notes());
        String html = Pages.html(Pages.report(event));
        Document page = Pages.parse(html);

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, b, i, em")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Rally <em>&amp;</em> \"Co\"");
        assertThat(page.title()).isEqualTo("Rally <em>&amp;</em> \"Co\" — Results");
        assertThat(rows(page.getElementById("bikes-final")).get(0)).containsExactly("1", "1", hostile + " (ITA)",
                "KTM", "Team \"Q\" & <i>", "48:00:59", "");
        assertThat(html).contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;Co&#39;")
                .doesNotContain("<script>alert");
    }

    @Test
    void nothingIsFetchedFromAnywhere() throws Exception {
        for (var sample : SampleEvents.all().entrySet()) {
            for (String language : Labels.LANGUAGES) {
                String html = Pages.html(Pages.report(sample.getValue(), language, List.of(), null));
                Document page = Pages.parse(html);
                assertThat(page.select("[src], [href], [srcset], [poster], [data], link, iframe, object, embed, img"))
                        .as(sample.getKey()).isEmpty();
                assertThat(html).as(sample.getKey()).doesNotContainIgnoringCase("http:")
                        .doesNotContainIgnoringCase("https:").doesNotContain("url(").doesNotContain("@import")
                        .doesNotContain("//fonts").doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
                assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                        .startsWith("default-src 'none'; style-src 'sha256-").contains("; script-src 'sha256-");
            }
        }
    }

    @Test
    void theIssueTimeTheStatusAndTheEventArePrintedAsPodiumsDocumentsPrintThem() throws Exception {
        Report report = Pages.report(SampleEvents.dakarExcerpt());
        Document page = Pages.page(report);
        assertThat(page.selectFirst("h1").text()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".meta li").eachText()).containsExactly("Status: PROVISIONAL",
                "Issued: 13 Jan 2002 18:00 UTC", "Source: 2002-dakar-rally.txt");
        assertThat(page.select(".meta .issued time").attr("datetime")).isEqualTo("2002-01-13T18:00:00Z");
        assertThat(page.select(".facts li").eachText()).containsExactly("Dates: 28 Dec 2001 to 13 Jan 2002",
                "Edition: 24", "Route countries: FRA, ESP, MAR, Western Sahara, SEN");
        assertThat(page.select("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");

        Report french = Pages.report(SampleEvents.dakarExcerpt(), "fr", List.of(), null);
        Document page2 = Pages.page(french);
        assertThat(page2.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page2.select(".meta li").eachText()).containsExactly("Statut : PROVISOIRE",
                "Publié le : " + french.labels().issued(Pages.ISSUED_AT, java.time.ZoneOffset.UTC),
                "Source : 2002-dakar-rally.txt");
        assertThat(page2.getElementById("bikes-final").selectFirst("h3").text()).isEqualTo("Classement final");
        assertThat(page2.select("#bikes-stage-3 h4").eachText()).containsExactly("Classement de l’étape 3",
                "Classement général à l’issue de l’étape 3");
        assertThat(page2.select("#bikes-final thead th").eachText()).containsExactly("Pos.", "N°", "Équipage", "Marque",
                "Concurrent", "Temps", "Écart");
    }

    @Test
    void whatTheScopeCannotSettleIsPrintedFirst() throws Exception {
        Report report = Pages.report(SampleEvents.dakarExcerpt(), "en", List.of(), "3");
        assertThat(report.caveats()).as("the excerpt after stage 3 leaves things open").isNotEmpty();
        Document page = Pages.page(report);
        Element caveats = page.selectFirst("main > .caveats");
        assertThat(caveats).isNotNull();
        assertThat(page.selectFirst("main").child(0)).isEqualTo(caveats);
        assertThat(caveats.attr("role")).isEqualTo("note");
        assertThat(caveats.selectFirst("h2").text()).isEqualTo("What this page cannot settle");
        assertThat(caveats.select("li")).hasSize(report.caveats().size());
        for (String caveat : report.caveats()) {
            assertThat(caveats.text()).containsIgnoringCase(caveat);
        }
        assertThat(page.select(".meta li").eachText()).startsWith("Results after stage 3");
        assertThat(page.select(".kicker").text()).isEqualTo("Classification after Stage 3");
        // The event as known after stage 3: no stage 10, no final classification yet.
        assertThat(stageTabs(page, "bikes").eachText()).containsExactly("2", "3");
        assertThat(page.getElementById("bikes-final")).isNull();

        // In French, Podium's caveats stay English, and are marked so.
        Document french = Pages.page(Pages.report(SampleEvents.dakarExcerpt(), "fr", List.of(), "3"));
        assertThat(french.select(".caveats li").eachAttr("lang")).containsOnly("en");
        assertThat(french.selectFirst(".caveats h2").text()).isEqualTo("Ce que cette page ne peut pas trancher");
    }

    @Test
    void aPartialClassificationSaysSoUnderItsTable() throws Exception {
        Document page = Pages.page(Pages.report(DakarWithCars.event()));
        for (Element table : page.select("table.results")) {
            Element block = table.parent().parent();
            assertThat(block.select("p.note.partial").text()).as(block.id())
                    .matches("Top \\d+ only, as the source reports them: not a complete classification\\.");
        }
    }

    @Test
    void oneCategoryAloneHasNoCategoryTabs() throws Exception {
        Document page = Pages.page(Pages.report(DakarWithCars.event(), "en", List.of("cars"), null));
        assertThat(page.select(".category-tabs")).isEmpty();
        assertThat(page.select("section.category")).singleElement().satisfies(category -> {
            assertThat(category.hasAttr("role")).isFalse();
            assertThat(category.selectFirst("h2").text()).isEqualTo("Cars");
        });
        assertThat(stageTabs(page, "cars").eachText()).containsExactly("2", "3", "10", "Final");
        assertThat(page.text()).doesNotContain("Meoni", "Chagin");
    }

    @Test
    void idsAreUniqueAndEveryReferenceNamesOne() throws Exception {
        Event excerpt = SampleEvents.dakarExcerpt();
        // Categories whose ids are another's derived ids: "bikes-final" is the bikes' final view.
        Event clashing = new Event("Clash", null, null, null, null, "clash.csv", Lists.immutable.empty(),
                Lists.immutable.of(new org.podium.model.Category("bikes", "Bikes", Lists.immutable.empty()),
                        new org.podium.model.Category("bikes-final", "Bikes final", Lists.immutable.empty()),
                        new org.podium.model.Category("bikes-h", "Bikes h", Lists.immutable.empty())),
                Lists.immutable.empty(),
                Lists.immutable.of(new Entry("bikes-1", "bikes", 1, Lists.immutable.of(new Person("A", null)), null, null,
                        null), new Entry("bikes-final-1", "bikes-final", 1, Lists.immutable.of(new Person("B", null)),
                                null, null, null)),
                Lists.immutable.of(finalOf("bikes", "bikes-1"), finalOf("bikes-final", "bikes-final-1")),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());
        List<Event> events = new java.util.ArrayList<>(SampleEvents.all().values());
        events.add(DakarWithCars.event());
        events.add(clashing);
        events.add(excerpt);
        for (Event event : events) {
            Document page = Pages.page(Pages.report(event));
            List<String> ids = page.select("[id]").eachAttr("id");
            assertThat(ids).as(event.name()).doesNotHaveDuplicates();
            for (String attribute : List.of("aria-controls", "aria-labelledby")) {
                for (String reference : page.select("[" + attribute + "]").eachAttr(attribute)) {
                    assertThat(ids).as(event.name() + ": " + attribute + "=" + reference).contains(reference);
                }
            }
        }
    }

    private static org.podium.model.Classification finalOf(String category, String entry) {
        return new org.podium.model.Classification(category, org.podium.model.ClassificationKind.FINAL, null,
                org.podium.model.Basis.REPORTED, true, Lists.immutable.of(new org.podium.model.ClassificationRow(1, entry,
                        null, java.time.Duration.ofHours(1), false, null, null, org.podium.model.ResultStatus.CLASSIFIED,
                        org.podium.model.SourcePosition.UNKNOWN)), org.podium.model.SourcePosition.UNKNOWN);
    }

    @Test
    void anEventWithNothingInItSaysSo() throws Exception {
        Document page = Pages.page(Pages.report(SampleEvents.empty()));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Rallye du Vide");
        assertThat(page.select("main .empty").text()).isEqualTo("No results reported yet.");
    }

    @Test
    void cyrillicAndGreekNamesAreWrittenAsTheyAre() throws Exception {
        Document page = Pages.page(Pages.report(SampleEvents.cyrillicAndGreek()));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Шёлковый путь 2002");
        assertThat(rows(page.getElementById("gruzoviki-stage-1").selectFirst("section.classification")))
                .containsExactly(List.of("1", "409", "Владимир Чагин (RUS), Семён Якубов (RUS)", "КамАЗ", "4:01:10", ""),
                        List.of("2", "412", "Γιώργος Παπαδόπουλος (GRE)", "MAN", "4:15:00", "+0:13:50"));
    }

    @Test
    void classesAndPointsGetColumnsOfTheirOwn() throws Exception {
        Document page = Pages.page(Pages.report(SampleEvents.classesAndPoints()));
        Element table = page.selectFirst("#cars-stage-1 table");
        assertThat(table.select("thead th").eachText()).containsExactly("Pos.", "No.", "Crew", "Make", "Class",
                "Cl. pos", "Time", "Gap", "Cl. gap", "Grid", "Points");
        assertThat(rows(table.parent().parent()).get(1)).containsExactly("2", "204", "Jean-Louis Schlesser (FRA)",
                "Schlesser", "T1", "2", "1:11:30", "+0:01:30", "+0:01:30", "2", "18");
    }

    @Test
    void theLargestSampleIsWrittenWhole() throws Exception {
        Event generated = SampleEvents.generated(300, 12);
        Document page = Pages.page(Pages.report(generated));
        for (var category : generated.categories()) {
            assertThat(page.getElementById(category.id())).isNotNull();
        }
        assertThat(page.select("tbody tr")).hasSize((int) generated.classifications().sumOfInt(c -> c.rows().size()));
    }

    /** Writes the pages a person may open from target/pages: the Dakar with cars in English and French. */
    @Test
    void writesExamplePages() throws Exception {
        var en = Pages.write(Pages.report(DakarWithCars.event()), Map.of(),
                Pages.buildFolder("pages").resolve("dakar-2002-en.html"));
        var fr = Pages.write(Pages.report(DakarWithCars.event(), "fr", List.of(), "3"), Map.of(),
                Pages.buildFolder("pages").resolve("dakar-2002-after-stage-3-fr.html"));
        assertThat(en).isRegularFile();
        assertThat(fr).isRegularFile();
    }

    // Reading the page

    /** The classification under the heading {@code heading} within {@code view}. */
    private static Element classification(Element view, String heading) {
        Element h4 = view.select("h4").stream().filter(h -> h.text().equals(heading)).findFirst().orElseThrow(
                () -> new AssertionError("no '" + heading + "' in " + view.select("h4").eachText()));
        return h4.parent();
    }

    /** The cells' text of each row of the first table within {@code block}. */
    private static List<List<String>> rows(Element block) {
        return block.selectFirst("table").select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).toList()).toList();
    }

    private static Elements stageTabs(Document page, String category) {
        return page.getElementById(category).select(".stage-tabs > [role=tab]");
    }

    private static String css() throws Exception {
        try (var in = ResultsPage.class.getResourceAsStream("page.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
