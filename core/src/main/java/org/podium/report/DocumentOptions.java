package org.podium.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What every document of one run says about itself: status, bulletin number, issue time and the
 * zone it is printed in, language, whether the consistency findings and the race charts are included,
 * and whether CSV cells are written spreadsheet-safe. Exporters
 * never read the clock, the default locale or the default zone: everything they print comes from
 * here. Immutable; built with {@link #builder(OffsetDateTime)}, so that a new option is a new
 * builder method with a default and never breaks a caller.
 */
public final class DocumentOptions {

    private final BulletinStatus status;
    private final Integer bulletin;
    private final OffsetDateTime issuedAt;
    private final ZoneId zone;
    private final String language;
    private final boolean checks;
    private final boolean charts;
    private final boolean spreadsheetSafe;

    private DocumentOptions(Builder builder) {
        this.status = builder.status;
        this.bulletin = builder.bulletin;
        this.issuedAt = builder.issuedAt;
        this.zone = builder.zone;
        this.language = builder.language;
        this.checks = builder.checks;
        this.charts = builder.charts;
        this.spreadsheetSafe = builder.spreadsheetSafe;
    }

    /**
     * Options issued at the given time, with the defaults: {@code provisional}, no bulletin number,
     * UTC, English, checks and charts included, CSV cells exact.
     */
    public static Builder builder(OffsetDateTime issuedAt) {
        return new Builder(issuedAt);
    }

    /** The defaults of {@link #builder(OffsetDateTime)}. */
    public static DocumentOptions defaults(OffsetDateTime issuedAt) {
        return builder(issuedAt).build();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(issuedAt).status(status).bulletin(bulletin).zone(zone).language(language).checks(checks)
                .charts(charts).spreadsheetSafe(spreadsheetSafe);
    }

    /** The status printed on documents. */
    public BulletinStatus status() {
        return status;
    }

    /** The bulletin number, or null when none was given. */
    public Integer bulletin() {
        return bulletin;
    }

    /** When the documents are issued: printed, and stored in their metadata. */
    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    /** The zone printed times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The language of labels, one of {@link Labels#LANGUAGES}. */
    public String language() {
        return language;
    }

    /** Whether documents include the consistency findings. */
    public boolean checks() {
        return checks;
    }

    /**
     * Whether documents that can draw pictures include the race charts ({@link RaceCharts}): the
     * PDF bulletin's "Race charts" section, the Markdown document's (SVG pictures beside it), the
     * workbook's Charts sheet. On by default.
     */
    public boolean charts() {
        return charts;
    }

    /**
     * Whether every CSV cell a spreadsheet would read as a formula (one beginning with {@code =},
     * {@code +}, {@code -}, {@code @}…) is written with a leading {@code '}
     * ({@link org.podium.csv.CsvRecords#spreadsheetSafe}); by default cells are written exactly.
     */
    public boolean spreadsheetSafe() {
        return spreadsheetSafe;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentOptions that && status == that.status && Objects.equals(bulletin, that.bulletin)
                && issuedAt.equals(that.issuedAt) && zone.equals(that.zone) && language.equals(that.language)
                && checks == that.checks && charts == that.charts && spreadsheetSafe == that.spreadsheetSafe;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, bulletin, issuedAt, zone, language, checks, charts, spreadsheetSafe);
    }

    @Override
    public String toString() {
        return "DocumentOptions[status=" + status.id() + ", bulletin=" + bulletin + ", issuedAt=" + issuedAt
                + ", zone=" + zone + ", language=" + language + ", checks=" + checks
                + ", charts=" + charts + ", spreadsheetSafe=" + spreadsheetSafe + "]";
    }

    /** Builds {@link DocumentOptions}; every setting has a default but the issue time. */
    public static final class Builder {
        private BulletinStatus status = BulletinStatus.PROVISIONAL;
        private Integer bulletin;
        private final OffsetDateTime issuedAt;
        private ZoneId zone = ZoneOffset.UTC;
        private String language = "en";
        private boolean checks = true;
        private boolean charts = true;
        private boolean spreadsheetSafe;

        private Builder(OffsetDateTime issuedAt) {
            this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        }

        public Builder status(BulletinStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** A positive number, or null for none. */
        public Builder bulletin(Integer value) {
            if (value != null && value < 1) {
                throw new IllegalArgumentException("a bulletin number is positive: " + value);
            }
            this.bulletin = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** {@code en} or {@code fr} (see {@link Labels#LANGUAGES}). */
        public Builder language(String value) {
            Objects.requireNonNull(value, "language");
            if (!Labels.LANGUAGES.contains(value)) {
                throw new IllegalArgumentException("unknown language '" + value + "' ("
                        + Labels.LANGUAGES.makeString(", ") + ")");
            }
            this.language = value;
            return this;
        }

        public Builder checks(boolean value) {
            this.checks = value;
            return this;
        }

        /** The race charts in documents that draw them; on by default. */
        public Builder charts(boolean value) {
            this.charts = value;
            return this;
        }

        /** CSV cells a spreadsheet would run as formulas prefixed with {@code '}; off by default. */
        public Builder spreadsheetSafe(boolean value) {
            this.spreadsheetSafe = value;
            return this;
        }

        public DocumentOptions build() {
            return new DocumentOptions(this);
        }
    }
}
