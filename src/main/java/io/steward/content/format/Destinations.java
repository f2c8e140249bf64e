package io.steward.content.format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link or an image in a module may point. The validator reports what breaks these rules and the
 * renderer drops it, so both share this one definition.
 */
public final class Destinations {

    /** How module files refer to a file in the content folder's {@code assets/}. */
    public static final String ASSET_PREFIX = "assets/";
    /** Where Steward serves those files, relative to the application's base URL. */
    public static final String ASSET_URL_PREFIX = "content-assets/";
    /** A file directly inside {@code assets/}: no folders, no leading dot, so nothing can climb out. */
    public static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private static final Pattern ASSET = Pattern.compile(Pattern.quote(ASSET_PREFIX) + "(" + ASSET_NAME + ")");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    private Destinations() {
    }

    /** The asset file name when {@code destination} is {@code assets/<name>}. */
    public static Optional<String> assetName(String destination) {
        Matcher m = ASSET.matcher(destination == null ? "" : destination.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * True for http, https and mailto links, and for links inside Steward. Browsers ignore control characters
     * and spaces in a scheme ({@code java\tscript:}), so those are removed before the scheme is read; a
     * leading {@code //} or a backslash would leave the site, so relative links may have neither.
     */
    public static boolean isSafeLink(String destination) {
        if (destination == null) {
            return false;
        }
        String compact = IGNORED_BY_BROWSERS.matcher(destination).replaceAll("");
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return name.equals("http") || name.equals("https") || name.equals("mailto");
        }
        return !compact.startsWith("//") && !compact.contains("\\");
    }

    /** Images in SVG can carry script, so only bitmap formats are served. */
    public static boolean isImageFile(String assetName) {
        String lower = assetName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                || lower.endsWith(".gif") || lower.endsWith(".webp");
    }
}
