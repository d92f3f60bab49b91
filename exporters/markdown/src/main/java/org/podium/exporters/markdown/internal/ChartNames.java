package org.podium.exporters.markdown.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.charts.ChartKind;
import org.podium.model.Category;
import org.podium.model.Slugs;

/**
 * The names of a document's chart pictures: a companion suffix per category and chart,
 * {@code bikes-positions.svg}, which the host puts after the document's name. A category id is
 * any text a source gave, but a suffix is lower-case letters, digits, '-' and '.', at most 64
 * ({@link org.podium.spi.Companions#SUFFIX}): an id that is not one already becomes its slug, cut,
 * with a hash of the id ({@link Slugs}), and two categories never get the same name (a clash,
 * which only a contrived id could make, takes a number, in the event's order). As every name ends
 * with its kind and no kind ends with another, two charts never share a file.
 */
final class ChartNames {

    /** An id used as it is: already a suffix's characters, and short enough for the longest kind after it. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** The slug's part of a name made from an id, before the hash: 31 + 1 + 8 = 40, as a plain id at most. */
    private static final int SLUG_LENGTH = 31;

    private final Map<String, String> names = new HashMap<>();

    ChartNames(ImmutableList<Category> categories) {
        Set<String> taken = new HashSet<>();
        for (Category category : categories) {
            String base = name(category.id());
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            names.put(category.id(), name);
        }
    }

    /** The companion suffix of a category's chart: {@code bikes-gaps.svg}. */
    String suffix(String categoryId, ChartKind kind) {
        String name = names.get(categoryId);
        if (name == null) {
            throw new IllegalArgumentException("not a category of the document: " + categoryId);
        }
        return name + "-" + kind.id() + ".svg";
    }

    private static String name(String id) {
        if (PLAIN.matcher(id).matches()) {
            return id;
        }
        String hash = Slugs.hash(id);
        String slug = Slugs.of(id);
        // A slug that lost letters ends with this very hash already.
        if (slug.endsWith("-" + hash)) {
            slug = slug.substring(0, slug.length() - hash.length() - 1);
        }
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH);
        }
        return stripDashes(slug) + "-" + hash;
    }

    private static String stripDashes(String slug) {
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return end == 0 ? Slugs.EMPTY : slug.substring(0, end);
    }

    /**
     * A file name as a link's path segment: every byte of its UTF-8 but the unreserved characters
     * (letters, digits, {@code -._~}) percent-encoded, so that a space, a parenthesis or an accent
     * in the document's name neither breaks the Markdown link nor reaches another file.
     */
    static String linkTo(String fileName) {
        StringBuilder link = new StringBuilder(fileName.length() + 16);
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                link.append((char) c);
            } else {
                link.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return link.toString();
    }
}
