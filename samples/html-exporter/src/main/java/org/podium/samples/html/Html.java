package org.podium.samples.html;

/**
 * Builds HTML text: elements with attributes, and text escaped wherever it goes. Every string from
 * the report passes through {@link #escape}; only the page's own fixed markup is written raw.
 */
final class Html {

    private final StringBuilder html;

    Html(int capacity) {
        this.html = new StringBuilder(capacity);
    }

    /**
     * Text safe in element content and in a quoted attribute: {@code & < > " '} as references,
     * control characters HTML forbids as U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                        ? "\uFFFD" : null;
            };
            if (replacement != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(replacement);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Markup written as given: only the page's own. */
    Html raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Text, escaped. */
    Html text(String text) {
        html.append(escape(text));
        return this;
    }

    /**
     * An opening tag with attributes given as name, value pairs: a null value leaves the attribute
     * out, an empty one writes the name alone ({@code hidden}).
     */
    Html open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            html.append(' ').append(attributes[i]);
            if (!value.isEmpty()) {
                html.append("=\"").append(escape(value)).append('"');
            }
        }
        html.append('>');
        return this;
    }

    Html close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html newline() {
        html.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
