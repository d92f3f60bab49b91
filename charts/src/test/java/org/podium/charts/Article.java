package org.podium.charts;

import java.time.OffsetDateTime;
import java.util.List;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.testkit.SampleArticles;

/** The bundled 2002 Dakar article, read by the wiki importer as a run reads it, and its charts' numbers. */
final class Article {

    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    private static Event dakar2002;

    private Article() {
    }

    /** Read once: an event is immutable. */
    static synchronized Event dakar2002() throws Exception {
        if (dakar2002 == null) {
            dakar2002 = SampleArticles.dakar2002(new WikiImporter());
        }
        return dakar2002;
    }

    /** The report of the article in this language, after this stage (null: the whole event). */
    static Report report(String language, String stage) throws Exception {
        return Report.builder(dakar2002(), DocumentOptions.builder(ISSUED_AT).language(language).build())
                .scope(Scope.of(List.of(), stage)).build();
    }

    /** The numbers of a category's charts in a report. */
    static CategoryCharts charts(Report report, String category) {
        return org.podium.report.RaceCharts.of(report).category(category).orElseThrow();
    }
}
