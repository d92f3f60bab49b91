package org.podium.spi;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The options every exporter shares (see {@code cli.md}). Exporters never read the clock, the
 * default locale or the default zone: everything they print comes from here.
 *
 * @param categories category ids to include; empty means all
 * @param stageLabel the documents after this stage, or null for the whole event
 * @param status     the status printed on documents
 * @param bulletin   the bulletin number, or null
 * @param issuedAt   when the document is issued, printed and stored in metadata
 * @param zone       the zone printed times are shown in
 * @param language   {@code en} or {@code fr}
 * @param checks     whether documents include consistency findings
 */
public record ExportOptions(
        ImmutableList<String> categories,
        String stageLabel,
        BulletinStatus status,
        Integer bulletin,
        OffsetDateTime issuedAt,
        ZoneId zone,
        String language,
        boolean checks) {

    public ExportOptions {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
    }

    /** Everything, provisional, English, UTC, issued at the given time. */
    public static ExportOptions defaults(OffsetDateTime issuedAt) {
        return new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.PROVISIONAL, null, issuedAt,
                ZoneOffset.UTC, "en", true);
    }

    /** Whether a category passes the {@code --category} filter. */
    public boolean includes(String categoryId) {
        return categories.isEmpty() || categories.contains(categoryId);
    }
}
