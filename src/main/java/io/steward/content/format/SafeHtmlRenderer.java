package io.steward.content.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an author's Markdown into HTML that is safe to put into a page. Two independent layers, because
 * Markdown comes from people: (1) raw HTML in the Markdown is escaped, links outside http, https, mailto and
 * Steward itself are reduced to their text, and images outside {@code assets/} to their alt text; (2) the
 * resulting HTML goes through an allow-list sanitiser that keeps only the elements Markdown produces.
 * Stateless and thread-safe.
 */
public final class SafeHtmlRenderer {

    private static final Pattern ASSET_URL = Pattern.compile(
            Pattern.quote(Destinations.ASSET_URL_PREFIX) + Destinations.ASSET_NAME.pattern());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(ASSET_URL).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .toFactory();

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(Markdown.EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = Markdown.PLAIN.parse(markdown);
        new DestinationRewriter().rewrite(document);
        return POLICY.sanitize(renderer.render(document));
    }

    /** Points asset references at the in-app URL and reduces everything unsafe to its text. */
    private static final class DestinationRewriter extends AbstractVisitor {

        private final List<Node> unwrap = new ArrayList<>();
        private final List<Image> toAltText = new ArrayList<>();

        void rewrite(Node document) {
            document.accept(this);
            unwrap.forEach(DestinationRewriter::unwrap);
            toAltText.forEach(image -> {
                image.insertBefore(new Text(Markdown.plainText(image)));
                image.unlink();
            });
        }

        @Override
        public void visit(Image image) {
            Optional<String> asset = Destinations.assetName(image.getDestination());
            if (asset.isPresent() && Destinations.isImageFile(asset.get())) {
                image.setDestination(Destinations.ASSET_URL_PREFIX + asset.get());
            } else {
                toAltText.add(image);
            }
        }

        @Override
        public void visit(Link link) {
            Optional<String> asset = Destinations.assetName(link.getDestination());
            if (asset.isPresent()) {
                link.setDestination(Destinations.ASSET_URL_PREFIX + asset.get());
            } else if (!Destinations.isSafeLink(link.getDestination())
                    || link.getDestination().startsWith(Destinations.ASSET_PREFIX)) {
                unwrap.add(link);
            }
            visitChildren(link);
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
