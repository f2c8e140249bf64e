package io.steward.reporting.ui;

/**
 * Text inside the charts' SVG. An SVG image is XML, not HTML: it knows only the five XML entities, so an HTML
 * escaper's {@code &hellip;} or {@code &eacute;} breaks the whole image. Everything else is written as the
 * character itself, in UTF-8.
 */
final class SvgText {

    /**
     * The size of the charts' text in SVG units. The stylesheet lets a chart shrink to 36rem (576 px) at the
     * least, 0.9 of its 640 units, and scroll sideways below that, so the text is never smaller than 11.7 px.
     */
    static final int FONT_SIZE = 13;

    private SvgText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** At most {@code max} characters (code points, so an emoji is never cut in half), else cut with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** XML 1.0 has no place for most control characters or for unpaired surrogates: they are left out. */
    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
