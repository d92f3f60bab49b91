package org.podium.samples.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.Place;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.Slugs;
import org.podium.model.SourcePosition;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Labels;
import org.podium.report.Report;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The page of one report. The report's event is the scope: nothing here filters by category or
 * stage. Per category, a view for each stage with results (its classification and the general
 * classification after it) and for the final classification; what has no view (a liaison, a stage
 * cancelled, a stage with nothing reported) is said in the category's notes, so nothing the
 * source says is hidden behind a control.
 */
final class ResultsPage {

    private static final String BUNDLE = "org.podium.samples.html.labels";
    private static final String CSS = resource("page.css");
    private static final String SCRIPT = resource("page.js");
    /** The inline style and script are the only ones the page allows; nothing may be fetched. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
            + "'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";
    /** Stands for markup inside a label's text until the text is escaped. */
    private static final char SLOT = '\uE000';

    private final Event event;
    private final EventIndex index;
    private final DocumentOptions options;
    private final Labels labels;
    private final Stage asOf;
    private final ImmutableList<Finding> findings;
    private final ImmutableList<String> caveats;
    private final boolean openOnFirst;
    private final Diagnostics diagnostics;
    private final Html out;
    private final Set<String> ids = new HashSet<>();
    /** Entry ids the event lacks, said once each. */
    private final Set<String> unknownEntries = new HashSet<>();

    /** One choice within a category: a stage's two tables, or the final classification. */
    private record View(String id, Stage stage, String stageLabel, Classification stageResult,
            Classification general, Classification finalStandings) {

        boolean isFinal() {
            return stageLabel == null;
        }
    }

    private ResultsPage(Report report, boolean openOnFirst, Diagnostics diagnostics) {
        this.event = report.event();
        this.index = report.index();
        this.options = report.options();
        this.labels = report.labels().withBundle(BUNDLE, ResultsPage.class.getClassLoader());
        // The report's own stage, taken from its event so that its categories are those in scope.
        this.asOf = report.asOfStage().flatMap(stage -> index.stage(stage.label())).orElse(null);
        this.findings = asOf == null ? report.findings() : report.bulletinFindings();
        this.caveats = report.caveats();
        this.openOnFirst = openOnFirst;
        this.diagnostics = diagnostics;
        this.out = new Html((int) Math.min(64L * 1024 + event.classifications().sumOfInt(c -> c.rows().size()) * 400L, 1 << 26));
        for (String fixed : List.of("podium-caveats", "podium-notes", "podium-checks", "podium-categories")) {
            ids.add(fixed);
            ids.add(fixed + "-h");
        }
    }

    /** Writes the page of the report to {@code writer}, which the caller flushes. */
    static void write(Report report, boolean openOnFirst, Diagnostics diagnostics, Writer writer) throws IOException {
        ResultsPage page = new ResultsPage(report, openOnFirst, diagnostics);
        page.document();
        writer.write(page.out.toString());
    }

    private void document() {
        String title = asOf == null ? labels.text("title.document.event")
                : labels.text("title.document.stage", asOf.label());
        out.raw("<!DOCTYPE html>").newline();
        out.open("html", "lang", labels.language()).newline();
        out.raw("<head>").newline();
        out.raw("<meta charset=\"utf-8\">").newline();
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline();
        out.open("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY).newline();
        out.raw("<meta name=\"generator\" content=\"Podium HTML exporter\">").newline();
        out.element("title", event.name() + " — " + title).newline();
        out.raw("<style>").raw(CSS).raw("</style>").newline();
        out.raw("</head>").newline();
        out.raw("<body>").newline();
        masthead(title);
        out.raw("<main class=\"wrap\">").newline();
        caveats();
        eventNotes();
        categories();
        if (options.checks()) {
            checks();
        }
        out.raw("</main>").newline();
        footer();
        out.raw("<script>").raw(SCRIPT).raw("</script>").newline();
        out.raw("</body>").newline();
        out.raw("</html>").newline();
    }

    // The page's frame

    private void masthead(String title) {
        out.raw("<header class=\"masthead\"><div class=\"wrap\">").newline();
        out.element("p", title, "class", "kicker").newline();
        out.element("h1", event.name()).newline();
        List<String> facts = new ArrayList<>();
        if (event.startDate() != null || event.finishDate() != null) {
            facts.add(labels.text("facts.dates", labels.date(event.startDate()), labels.date(event.finishDate())));
        }
        if (event.edition() != null) {
            facts.add(labels.text("facts.edition", event.edition()));
        }
        if (event.routeCountries().notEmpty()) {
            facts.add(labels.text("facts.countries", event.routeCountries().makeString(", ")));
        }
        if (!facts.isEmpty()) {
            out.raw("<ul class=\"facts\">");
            facts.forEach(fact -> out.element("li", fact));
            out.raw("</ul>").newline();
        }
        out.raw("<ul class=\"meta\">");
        if (asOf != null) {
            out.open("li", "class", "as-of").text(labels.text("facts.asOf", asOf.label())).close("li");
        }
        out.open("li", "class", "status status-" + options.status().id())
                .raw(template("facts.status", Html.escape(labels.status(options.status())), "<strong class=\"stamp\">",
                        "</strong>"))
                .close("li");
        if (options.bulletin() != null) {
            out.element("li", labels.text("facts.bulletin", options.bulletin().toString()));
        }
        out.open("li", "class", "issued").raw(template("facts.issued", issuedTime(), "", "")).close("li");
        if (!event.source().isBlank()) {
            out.element("li", labels.text("facts.source", event.source()));
        }
        out.raw("</ul>").newline();
        out.raw("</div></header>").newline();
    }

    /**
     * {@code <time datetime="2002-01-13T18:00:00Z">13 Jan 2002 18:00 UTC</time>}, escaped: the
     * machine's form for search engines and scripts, the printed one for people.
     */
    private String issuedTime() {
        String machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                options.issuedAt().atZoneSameInstant(options.zone()).toOffsetDateTime());
        return "<time datetime=\"" + Html.escape(machine) + "\">"
                + Html.escape(labels.issued(options.issuedAt(), options.zone())) + "</time>";
    }

    /**
     * A label with markup in its one slot: the label's words escaped, the slot replaced by
     * {@code before + markup + after}. French and English put the slot in different places.
     */
    private String template(String key, String markup, String before, String after) {
        String text = labels.text(key, String.valueOf(SLOT));
        int slot = text.indexOf(SLOT);
        if (slot < 0) {
            return Html.escape(text);
        }
        return Html.escape(text.substring(0, slot)) + before + markup + after + Html.escape(text.substring(slot + 1));
    }

    /** What the scope could not decide: said first, where nobody misses it. */
    private void caveats() {
        if (caveats.isEmpty()) {
            return;
        }
        out.raw("<section class=\"caveats\" id=\"podium-caveats\" role=\"note\" aria-labelledby=\"podium-caveats-h\">")
                .newline();
        out.element("h2", labels.text("html.caveats"), "id", "podium-caveats-h").newline();
        out.raw("<ul>");
        // Podium gives caveats in English whatever the language of the report.
        caveats.forEach(caveat -> out.element("li", sentence(caveat), "lang", englishIfNot()));
        out.raw("</ul>").newline();
        out.raw("</section>").newline();
    }

    /** The event's and the itinerary's notes: the source's own words about the whole event. */
    private void eventNotes() {
        ImmutableList<Note> notes = event.notes()
                .select(note -> note.table() == NoteTable.EVENT || note.table() == NoteTable.ITINERARY);
        if (notes.isEmpty()) {
            return;
        }
        out.raw("<section class=\"event-notes\" id=\"podium-notes\" aria-labelledby=\"podium-notes-h\">");
        out.element("h2", lead("heading.notes"), "id", "podium-notes-h");
        out.raw("<ul>");
        notes.forEach(note -> out.element("li", note.text()));
        out.raw("</ul></section>").newline();
    }

    private void footer() {
        out.raw("<footer class=\"wrap\"><p>");
        out.text(labels.text("meta.author")).raw(" · ");
        out.raw(template("signoff.published", issuedTime(), "", ""));
        if (!event.source().isBlank()) {
            out.raw(" · ").text(labels.text("footer.source", event.source()));
        }
        out.raw("</p></footer>").newline();
    }

    // Categories

    private void categories() {
        ImmutableList<Category> categories = event.categories();
        if (categories.isEmpty()) {
            out.element("p", labels.text("html.empty"), "class", "empty").newline();
            return;
        }
        boolean tabbed = categories.size() > 1;
        List<String> panelIds = new ArrayList<>();
        for (Category category : categories) {
            panelIds.add(uniqueId(slug(category.id(), "category"), "-h", "-picker"));
        }
        out.open("div", "class", tabbed ? "categories tabbed" : "categories", "id", "podium-categories").newline();
        if (tabbed) {
            out.open("div", "class", "category-tabs", "role", "tablist", "aria-label", labels.text("html.categories"));
            for (int i = 0; i < categories.size(); i++) {
                tab(panelIds.get(i), categories.get(i).name(), null, i == 0);
            }
            out.raw("</div>").newline();
        }
        for (int i = 0; i < categories.size(); i++) {
            category(categories.get(i), panelIds.get(i), tabbed);
        }
        out.raw("</div>").newline();
    }

    /** A tab controlling the panel {@code panelId}; its own id is {@code tab-<panelId>}. */
    private void tab(String panelId, String text, String label, boolean selected) {
        out.open("button", "type", "button", "role", "tab", "id", "tab-" + panelId, "aria-controls", panelId,
                "aria-selected", selected ? "true" : "false", "tabindex", selected ? "0" : "-1", "aria-label", label)
                .text(text).close("button");
    }

    private void category(Category category, String id, boolean tabbed) {
        out.open("section", "class", "category", "id", id, "role", tabbed ? "tabpanel" : null,
                "aria-labelledby", tabbed ? "tab-" + id : id + "-h").newline();
        out.element("h2", category.name(), "class", "category-name", "id", id + "-h").newline();

        List<View> views = views(category, id);
        categoryNotes(category, views);
        if (views.isEmpty()) {
            out.element("p", labels.text("html.noResults", category.name()), "class", "empty").newline();
            out.raw("</section>").newline();
            return;
        }
        int opened = openOnFirst ? 0 : views.size() - 1;
        String pickerLabel = id + "-picker";
        out.raw("<div class=\"picker\">");
        out.element("span", labels.text("col.stage"), "class", "picker-label", "id", pickerLabel);
        out.open("div", "class", "stage-tabs", "role", "tablist", "aria-labelledby", pickerLabel);
        for (int i = 0; i < views.size(); i++) {
            View view = views.get(i);
            if (view.isFinal()) {
                tab(view.id(), labels.text("table.final"), labels.text("heading.final"), i == opened);
            } else {
                tab(view.id(), view.stageLabel(), labels.text("heading.stage", view.stageLabel()), i == opened);
            }
        }
        out.raw("</div></div>").newline();
        for (View view : views) {
            if (view.isFinal()) {
                finalView(category, view);
            } else {
                stageView(category, view);
            }
        }
        out.raw("</section>").newline();
    }

    /**
     * The views of a category: each numbered stage with a stage or general classification, then
     * those whose stage the itinerary does not list (kept rather than dropped), then the final.
     */
    private List<View> views(Category category, String categoryId) {
        List<View> views = new ArrayList<>();
        for (Stage stage : event.numberedStages()) {
            Classification stageResult = classification(category, ClassificationKind.STAGE, stage.label());
            Classification general = classification(category, ClassificationKind.GENERAL, stage.label());
            if (stageResult != null || general != null) {
                views.add(new View(uniqueId(categoryId + "-stage-" + slug(stage.label(), "x")), stage, stage.label(),
                        stageResult, general, null));
            }
        }
        Set<String> unlisted = new LinkedHashSet<>();
        for (Classification classification : event.classificationsOf(category.id())) {
            if (classification.kind() != ClassificationKind.FINAL
                    && !index.isNumberedStage(classification.stageLabel())) {
                unlisted.add(classification.stageLabel());
            }
        }
        for (String label : unlisted) {
            views.add(new View(uniqueId(categoryId + "-stage-" + slug(label, "x")), null, label,
                    classification(category, ClassificationKind.STAGE, label),
                    classification(category, ClassificationKind.GENERAL, label), null));
        }
        Classification finalStandings = classification(category, ClassificationKind.FINAL, null);
        if (finalStandings != null) {
            views.add(new View(uniqueId(categoryId + "-final", "-h"), null, null, null, null, finalStandings));
        }
        return views;
    }

    /** The index takes any stage label, listed by the itinerary or not. */
    private Classification classification(Category category, ClassificationKind kind, String stageLabel) {
        return index.classification(category.id(), kind, stageLabel).orElse(null);
    }

    /**
     * What concerns the category but has no view: the notes, penalties and awarded times of no
     * stage, each stage without a classification and why, and the missing final standings.
     */
    private void categoryNotes(Category category, List<View> views) {
        Html items = new Html(1024);
        int count = 0;
        count += noteItems(items, index.notes(NoteTable.STAGE_RESULTS, category.id(), null));
        count += penaltyItems(items, index.penalties(category.id(), null));
        count += awardedItems(items, index.awardedTimes(category.id(), null));
        Set<String> withView = new HashSet<>();
        views.forEach(view -> withView.add(view.stageLabel()));
        for (Stage stage : event.numberedStages()) {
            if (withView.contains(stage.label())) {
                continue;
            }
            Optional<StageCategory> status = stage.forCategory(category.id());
            String sentence;
            if (status.isEmpty()) {
                sentence = labels.text("note.noStageStatus", stage.label(), category.name());
            } else {
                sentence = switch (status.get().status()) {
                    case LIAISON -> labels.text("note.liaison", stage.label(), category.name());
                    case CANCELLED -> cancelled(category, stage.label());
                    case RUN -> labels.text("note.noTables", stage.label());
                };
            }
            // The sentence names the stage.
            items.open("li", "class", "stage-note").text(sentence);
            Html extras = new Html(256);
            int more = noteItems(extras, index.notes(NoteTable.STAGE_RESULTS, category.id(), stage.label()))
                    + penaltyItems(extras, index.penalties(category.id(), stage.label()))
                    + awardedItems(extras, index.awardedTimes(category.id(), stage.label()));
            if (more > 0) {
                items.raw("<ul>").raw(extras.toString()).raw("</ul>");
            }
            items.close("li");
            count++;
        }
        if (asOf == null && views.stream().noneMatch(View::isFinal)) {
            items.element("li", labels.text("note.noFinal"));
            count++;
        }
        if (count > 0) {
            out.raw("<ul class=\"category-notes\">").raw(items.toString()).raw("</ul>").newline();
        }
    }

    /** "Stage 2 was cancelled for Trucks.", pointing to awarded times of no stage when it has none of its own. */
    private String cancelled(Category category, String label) {
        String sentence = labels.text("note.cancelled", label, category.name());
        ImmutableList<AwardedTime> unplaced = index.awardedTimes(category.id(), null);
        if (index.awardedTimes(category.id(), label).notEmpty() || unplaced.isEmpty()) {
            return sentence;
        }
        return sentence + " " + labels.text("note.awardedUnplaced",
                unplaced.collect(time -> Labels.time(time.time())).makeString(", "));
    }

    private void stageView(Category category, View view) {
        String label = view.stageLabel();
        out.open("section", "class", "view", "id", view.id(), "role", "tabpanel", "aria-labelledby",
                "tab-" + view.id()).newline();
        out.raw("<div class=\"view-head\">");
        out.element("h3", labels.text("heading.stage", label));
        if (view.stage() != null) {
            out.element("p", route(view.stage()), "class", "route");
        }
        out.raw("</div>").newline();
        StageStatus status = view.stage() == null ? StageStatus.RUN
                : view.stage().forCategory(category.id()).map(StageCategory::status).orElse(StageStatus.RUN);
        switch (status) {
            case LIAISON -> out.element("p", labels.text("note.liaison", label, category.name()), "class", "status-note");
            case CANCELLED -> out.element("p", cancelled(category, label), "class", "status-note");
            case RUN -> {
                // The tables say it.
            }
        }
        boolean expectTables = status == StageStatus.RUN;
        boolean expectGeneral = expectTables && (view.stage() == null || view.stage().hasGeneralClassification());
        boolean withStage = view.stageResult() != null || expectTables;
        boolean withGeneral = view.general() != null || expectGeneral;
        out.open("div", "class", withStage && withGeneral ? "tables two" : "tables").newline();
        if (withStage) {
            classificationBlock(view.id() + "-stage", labels.text("heading.stageResult", label), view.stageResult(),
                    labels.text("note.noStageResult"));
        }
        if (withGeneral) {
            classificationBlock(view.id() + "-general", labels.text("heading.general", label), view.general(),
                    labels.text("note.noGeneral", label));
        }
        out.raw("</div>").newline();
        extras(index.notes(NoteTable.STAGE_RESULTS, category.id(), label), index.penalties(category.id(), label),
                index.awardedTimes(category.id(), label));
        out.raw("</section>").newline();
    }

    private void finalView(Category category, View view) {
        out.open("section", "class", "view final", "id", view.id(), "role", "tabpanel", "aria-labelledby",
                "tab-" + view.id()).newline();
        String headingId = view.id() + "-h";
        out.raw("<div class=\"view-head\">");
        out.element("h3", labels.text("heading.final"), "id", headingId);
        out.raw("</div>").newline();
        table(view.finalStandings(), headingId);
        extras(index.notes(NoteTable.FINAL_STANDINGS, category.id(), null), null, null);
        out.raw("</section>").newline();
    }

    private void classificationBlock(String id, String heading, Classification classification, String missing) {
        String headingId = uniqueId(id + "-h");
        out.open("section", "class", "classification", "aria-labelledby", headingId);
        out.element("h4", heading, "id", headingId).newline();
        if (classification == null) {
            out.element("p", missing, "class", "note missing");
        } else {
            table(classification, headingId);
        }
        out.raw("</section>").newline();
    }

    /** Notes, penalties and awarded times beside a view, each list behind its lead-in. */
    private void extras(ImmutableList<Note> notes, ImmutableList<Penalty> penalties, ImmutableList<AwardedTime> awarded) {
        Html items = new Html(512);
        int count = noteItems(items, notes);
        if (penalties != null) {
            count += penaltyItems(items, penalties);
        }
        if (awarded != null) {
            count += awardedItems(items, awarded);
        }
        if (count > 0) {
            out.raw("<ul class=\"view-notes\">").raw(items.toString()).raw("</ul>").newline();
        }
    }

    private int noteItems(Html items, ImmutableList<Note> notes) {
        notes.forEach(note -> items.open("li").element("span", lead("heading.notes"), "class", "lead")
                .raw(" ").text(note.text()).close("li"));
        return notes.size();
    }

    /** "Penalties: Stéphane Peterhansel (FRA), …: 0:14:00 for speeding, stage 6 (placed by Podium's checks)" */
    private int penaltyItems(Html items, ImmutableList<Penalty> penalties) {
        for (Penalty penalty : penalties) {
            StringBuilder what = new StringBuilder(Labels.time(penalty.time()));
            if (penalty.reason() != null) {
                what.append(' ').append(labels.text("penalty.reason", penalty.reason()));
            }
            what.append(", ").append(labels.stageReference(penalty.stageLabel(), penalty.stageInferred()));
            items.open("li").element("span", lead("heading.penalties"), "class", "lead").raw(" ")
                    .text(labels.text("text.item", crewNames(crew(penalty.entryId())), what.toString())).close("li");
        }
        return penalties.size();
    }

    /** "Awarded times: 0:50:00 to every crew, stage 2 (placed by Podium's checks)" */
    private int awardedItems(Html items, ImmutableList<AwardedTime> awarded) {
        for (AwardedTime time : awarded) {
            items.open("li").element("span", lead("heading.awarded"), "class", "lead").raw(" ")
                    .text(labels.text("awarded.item", Labels.time(time.time()),
                            labels.stageReference(time.stageLabel(), time.stageInferred())))
                    .close("li");
        }
        return awarded.size();
    }

    /** "Penalties:", "Pénalités :": French sets a space before the colon. */
    private String lead(String key) {
        return labels.text("text.lead", labels.text(key));
    }

    /** {@code 7 Jan 2002 · Atar → Atar (loop) · 404.5 km} */
    private String route(Stage stage) {
        StringBuilder route = new StringBuilder(labels.date(stage.date())).append(" · ")
                .append(place(stage.start())).append(" → ").append(place(stage.finish()));
        if (stage.isLoop()) {
            route.append(" (").append(labels.text("loop")).append(')');
        }
        if (stage.distanceKm() != null) {
            route.append(" · ").append(Labels.kilometres(stage.distanceKm())).append(' ').append(labels.text("col.km"));
        }
        return route.toString();
    }

    private static String place(Place place) {
        if (place == null) {
            return Labels.UNKNOWN;
        }
        return place.country() == null ? place.name() : place.name() + " (" + place.country() + ")";
    }

    // Tables

    /** The columns a classification needs beyond position, number, crew, make, time and gap: what some row has. */
    private record Layout(boolean entrant, boolean vehicleClass, boolean classPosition, boolean laps,
            boolean classGap, boolean penalty, boolean grid, boolean points) {
    }

    private void table(Classification classification, String labelledBy) {
        ImmutableList<ClassificationRow> rows = classification.rows();
        if (rows.isEmpty()) {
            out.element("p", labels.text("note.noRows"), "class", "note missing").newline();
            return;
        }
        boolean withClass = false;
        boolean withClassPosition = false;
        boolean withClassGap = false;
        boolean withLaps = false;
        boolean withPenalty = false;
        boolean withGrid = false;
        boolean withPoints = false;
        boolean anyDerived = false;
        boolean tie = false;
        // Whether the rows stand in position order, those without a position last: then the
        // position column is said to be sorted.
        boolean inPositionOrder = true;
        int previous = Integer.MIN_VALUE;
        boolean unplacedSeen = false;
        Integer leader = null;
        Set<Integer> positions = new HashSet<>();
        Entry[] rowCrews = new Entry[rows.size()];
        int r = 0;
        for (ClassificationRow row : rows) {
            RowDetails details = row.details();
            Entry crew = crew(row.entryId());
            rowCrews[r++] = crew;
            withClass |= crew.vehicleClass() != null;
            withClassPosition |= details.classPosition() != null;
            withClassGap |= details.classGap() != null;
            withLaps |= details.laps() != null;
            withPenalty |= row.penalty() != null;
            withGrid |= details.grid() != null;
            withPoints |= details.points() != null;
            anyDerived |= row.time() != null && row.timeDerived();
            Integer position = row.position();
            if (position == null) {
                unplacedSeen = true;
            } else {
                tie |= !positions.add(position);
                inPositionOrder &= !unplacedSeen && position >= previous;
                previous = position;
                leader = leader == null ? position : Math.min(leader, position);
            }
        }
        Layout layout = new Layout(classification.kind() == ClassificationKind.FINAL, withClass, withClassPosition,
                withLaps, withClassGap, withPenalty, withGrid, withPoints);

        out.raw("<div class=\"scroll\">");
        out.open("table", "class", "results", "aria-labelledby", labelledBy);
        out.raw("<thead><tr>");
        header("col.pos", true, inPositionOrder ? "ascending" : null);
        header("col.number", true, null);
        header("col.crew", false, null);
        // Hidden on a phone, so that time and gap fit beside the crew (page.css).
        out.open("th", "scope", "col", "class", "make", "data-type", "text").text(labels.text("col.make")).close("th");
        if (layout.entrant()) {
            header("col.entrant", false, null);
        }
        if (layout.vehicleClass()) {
            header("col.class", false, null);
        }
        if (layout.classPosition()) {
            header("col.classPos", true, null);
        }
        if (layout.laps()) {
            header("col.laps", true, null);
        }
        header("col.time", true, null);
        header("col.gap", true, null);
        if (layout.classGap()) {
            header("col.classGap", true, null);
        }
        if (layout.penalty()) {
            header("col.penalty", true, null);
        }
        if (layout.grid()) {
            header("col.grid", true, null);
        }
        if (layout.points()) {
            header("col.points", true, null);
        }
        out.raw("</tr></thead>").newline();
        out.raw("<tbody>").newline();
        int i = 0;
        for (ClassificationRow row : rows) {
            row(row, rowCrews[i++], layout, leader);
        }
        out.raw("</tbody></table></div>").newline();

        if (anyDerived) {
            out.element("p", labels.text("note.derived"), "class", "note").newline();
        }
        if (tie) {
            out.element("p", labels.text("note.tieShared"), "class", "note").newline();
        }
        if (!classification.complete()) {
            out.element("p", labels.incomplete(classification), "class", "note partial").newline();
        }
    }

    private void header(String key, boolean numeric, String sorted) {
        out.open("th", "scope", "col", "class", numeric ? "num" : null, "data-type", numeric ? "number" : "text",
                "aria-sort", sorted).text(labels.text(key)).close("th");
    }

    private void row(ClassificationRow row, Entry crew, Layout layout, Integer leader) {
        RowDetails details = row.details();
        out.raw(row.status() == ResultStatus.CLASSIFIED ? "<tr>" : "<tr class=\"out\">");
        // Position, or the status in its place, and why a crew stopped beside it.
        String position = row.status() != ResultStatus.CLASSIFIED ? labels.result(row.status())
                : row.position() == null ? Labels.UNKNOWN : Integer.toString(row.position());
        if (details.statusReason() != null) {
            position = labels.text("result.withReason", position, details.statusReason());
        }
        numberCell(row.position() == null ? null : row.position().longValue(), position,
                row.status() == ResultStatus.CLASSIFIED ? "num pos" : "status");
        numberCell(crew.number() == null ? null : crew.number().longValue(),
                crew.number() == null ? "" : Integer.toString(crew.number()), "num");
        crewCell(crew);
        String make = row.make() != null ? row.make() : crew.make();
        out.element("td", make == null ? "" : make, "class", "make");
        if (layout.entrant()) {
            out.element("td", crew.entrant() == null ? "" : crew.entrant());
        }
        if (layout.vehicleClass()) {
            out.element("td", crew.vehicleClass() == null ? "" : crew.vehicleClass());
        }
        if (layout.classPosition()) {
            integerCell(details.classPosition());
        }
        if (layout.laps()) {
            integerCell(details.laps());
        }
        // The time, marked when Podium derived it.
        out.open("td", "class", "num time", "data-sort", millis(row.time())).text(Labels.time(row.time()));
        if (row.time() != null && row.timeDerived()) {
            out.raw("<span class=\"mark\"> *</span>");
        }
        out.close("td");
        gapCell(row, leader);
        if (layout.classGap()) {
            Duration classGap = details.classGap();
            String key = classGap != null ? millis(classGap)
                    : Integer.valueOf(1).equals(details.classPosition()) ? "0" : null;
            out.element("td", Labels.gap(classGap), "class", "num time", "data-sort", key);
        }
        if (layout.penalty()) {
            out.element("td", row.penalty() == null ? "" : Labels.time(row.penalty()), "class", "num time",
                    "data-sort", millis(row.penalty()));
        }
        if (layout.grid()) {
            integerCell(details.grid());
        }
        if (layout.points()) {
            String points = details.points() == null ? null : details.points().toPlainString();
            out.element("td", points == null ? "" : points, "class", "num", "data-sort", points);
        }
        out.raw("</tr>").newline();
    }

    /**
     * The gap, sorted as a duration: the leaders' (no gap) as zero, a crew laps behind after every
     * time gap, a row without a gap that is not a leader's last.
     */
    private void gapCell(ClassificationRow row, Integer leader) {
        Integer behind = row.details().lapsBehind();
        String text;
        String key;
        if (behind != null && behind > 0) {
            text = labels.count("gap.laps", behind);
            key = Long.toString(behind * 1_000_000_000_000L);
        } else {
            text = Labels.gap(row.gap());
            boolean leads = row.status() == ResultStatus.CLASSIFIED && row.position() != null
                    && row.position().equals(leader);
            key = row.gap() != null ? millis(row.gap()) : leads ? "0" : null;
        }
        out.element("td", text, "class", "num time gap", "data-sort", key);
    }

    private void numberCell(Long key, String text, String cssClass) {
        out.element("td", text, "class", cssClass, "data-sort", key == null ? null : Long.toString(key));
    }

    private void integerCell(Integer value) {
        numberCell(value == null ? null : value.longValue(), value == null ? "" : Integer.toString(value), "num");
    }

    /** Each person with nationality, driver first: {@code Hiroshi Masuoka (JPN), Pascal Maimon (FRA)}. */
    private void crewCell(Entry crew) {
        out.raw("<td class=\"crew\">");
        ImmutableList<Person> people = crew.crew();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            // Each person a box of its own that wraps as a whole: driver and co-driver on lines of
            // their own when the column is narrow, rather than a name broken at its hyphen.
            out.raw(i == 0 ? "<span class=\"person driver\">" : " <span class=\"person\">").text(person.name());
            if (person.nationality() != null) {
                // The space inside the span, which does not wrap: the nationality stays with the name.
                out.raw("<span class=\"nat\"> (").text(person.nationality()).raw(")</span>");
            }
            out.raw(i + 1 < people.size() ? "<span class=\"sep\">,</span></span>" : "</span>");
        }
        out.raw("</td>");
    }

    private static String millis(Duration time) {
        return time == null ? null : Long.toString(time.toMillis());
    }

    /** The row's crew; an id the event lacks stands as a crew named by it, and is said once. */
    private Entry crew(String entryId) {
        return index.entry(entryId).orElseGet(() -> {
            if (unknownEntries.add(entryId)) {
                // Printing the id keeps the row visible; dropping it would hide what the source said.
                diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN,
                        "the HTML page names entry '" + entryId + "' by its id: the event has no such entry"));
            }
            return new Entry(entryId, "", null, Lists.immutable.of(new Person(entryId, null)), null, null, null);
        });
    }

    private static String crewNames(Entry crew) {
        return crew.crew().collect(Labels::person).makeString(", ");
    }

    // Consistency checks

    private void checks() {
        out.raw("<section class=\"checks\" id=\"podium-checks\" aria-labelledby=\"podium-checks-h\">").newline();
        out.element("h2", labels.text("title.checks"), "id", "podium-checks-h").newline();
        out.element("p", labels.text("checks.summary",
                labels.count("checks.contradictions", count(FindingSeverity.CONTRADICTION)),
                labels.count("checks.explained", count(FindingSeverity.EXPLAINED)),
                labels.count("checks.info", count(FindingSeverity.INFO)))).newline();
        findingList("heading.contradictions", FindingSeverity.CONTRADICTION, true);
        findingList("heading.explained", FindingSeverity.EXPLAINED, false);
        findingList("heading.info", FindingSeverity.INFO, false);
        out.raw("</section>").newline();
    }

    private void findingList(String heading, FindingSeverity severity, boolean open) {
        ImmutableList<Finding> some = findings.select(f -> f.severity() == severity);
        if (some.isEmpty()) {
            return;
        }
        out.open("details", "class", "findings " + severity.id(), "open", open ? "" : null);
        out.raw("<summary>").text(labels.text(heading)).raw(" <span class=\"count\">")
                .text(Integer.toString(some.size())).raw("</span></summary>").newline();
        out.open("ul", "lang", englishIfNot());
        for (Finding finding : some) {
            String where = finding.sources().select(SourcePosition::isKnown).collect(SourcePosition::describe)
                    .makeString(", ");
            String note = finding.noteId() == null ? "" : " (" + labels.text("checks.noteRef", finding.noteId()) + ")";
            out.element("li", finding.message() + note + (where.isEmpty() ? "" : " " + labels.text("checks.where", where)));
        }
        out.raw("</ul></details>").newline();
    }

    private int count(FindingSeverity severity) {
        return findings.count(f -> f.severity() == severity);
    }

    // Small things

    /** {@code en} on text Podium writes only in English, when the page is in another language. */
    private String englishIfNot() {
        return labels.language().equals("en") ? null : "en";
    }

    /** A caveat as a sentence: capital first, full stop last. */
    private static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String capital = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    /**
     * An id not yet on the page, nor the ids made from it: its tab's ({@code tab-<id>}) and those
     * with the given endings ({@code <id>-h}); all of them taken from now on.
     */
    private String uniqueId(String wanted, String... endings) {
        String id = wanted;
        for (int n = 2; isTaken(id, endings); n++) {
            id = wanted + "-" + n;
        }
        ids.add(id);
        ids.add("tab-" + id);
        for (String ending : endings) {
            ids.add(id + ending);
        }
        return id;
    }

    private boolean isTaken(String id, String... endings) {
        if (ids.contains(id) || ids.contains("tab-" + id)) {
            return true;
        }
        for (String ending : endings) {
            if (ids.contains(id + ending)) {
                return true;
            }
        }
        return false;
    }

    private static String slug(String text, String fallback) {
        String slug = text == null ? "" : Slugs.of(text);
        return slug.isEmpty() || slug.equals(Slugs.EMPTY) ? fallback : slug;
    }

    private static String resource(String name) {
        try (InputStream in = ResultsPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + name);
            }
            // Line ends as LF whatever the checkout: the bytes, and the CSP hashes, are the same everywhere.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sha256-…} of inline content, as a Content-Security-Policy source. */
    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
