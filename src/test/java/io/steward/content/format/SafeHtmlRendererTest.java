package io.steward.content.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown comes from people: no vector may bring script, styles, frames, forms or outside fetches into a page. */
class SafeHtmlRendererTest {

    private final SafeHtmlRenderer renderer = new SafeHtmlRenderer();

    private String render(String markdown) {
        return renderer.render(markdown);
    }

    @Test
    void ordinary_markdown_is_rendered() {
        String html = render("""
                Some **bold** and *italic* text with `code`.

                ### A subheading

                - one
                - two

                | a | b |
                |:--|--:|
                | 1 | 2 |

                > A quote.

                ```java
                int x = 1;
                ```
                """);

        assertThat(html).contains("<strong>bold</strong>", "<em>italic</em>", "<code>code</code>", "<h3>A subheading</h3>",
                "<li>one</li>", "<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>",
                "<blockquote>", "<code class=\"language-java\">int x &#61; 1;");
    }

    @Test
    void script_elements_are_escaped_to_text() {
        String html = render("Hello <script>alert(1)</script>\n\n<script>alert(2)</script>");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void event_handler_attributes_never_reach_the_page() {
        String html = render("<img src=\"assets/a.png\" onerror=\"alert(1)\">\n\nText <b onmouseover=alert(1)>x</b>");

        assertThat(html).doesNotContain("<img").doesNotContain("<b ").doesNotContainPattern("<[^>]*\\son\\w+\\s*=");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<style>body{display:none}</style>",
            "<p style=\"position:fixed;top:0\">covered</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"https://evil.example/x.swf\">",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"})
    void raw_html_elements_are_shown_as_text_not_as_elements(String rawHtml) {
        String html = render("Before\n\n" + rawHtml + "\n\nAfter");

        assertThat(html).doesNotContainPattern("<(style|iframe|form|input|object|embed|svg|math|script|img)")
                .doesNotContainPattern("<p style");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "java&#09;script:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "//evil.example/phish",
            "/\\evil.example/phish"})
    void unsafe_link_targets_are_reduced_to_their_text(String destination) {
        String html = render("[click me](" + destination + ")");

        assertThat(html).isEqualTo("<p>click me</p>\n");
    }

    @Test
    void reference_style_links_are_checked_too() {
        String html = render("[click me][x]\n\n[x]: javascript:alert(1)");

        assertThat(html).doesNotContain("href").doesNotContain("javascript").contains("click me");
    }

    @Test
    void safe_links_are_kept_with_rel_noopener() {
        String html = render("[web](https://example.com/a?b=1) [mail](mailto:privacy@example.com) [app](training)");

        assertThat(html).contains("href=\"https://example.com/a?b&#61;1\"", "href=\"mailto:privacy&#64;example.com\"",
                "href=\"training\"").containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
    }

    @Test
    void images_from_assets_are_served_by_steward() {
        String html = render("![A chart](assets/chart.png)");

        assertThat(html).isEqualTo("<p><img src=\"content-assets/chart.png\" alt=\"A chart\" /></p>\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://tracker.example/pixel.png",
            "http://tracker.example/pixel.png",
            "//tracker.example/pixel.png",
            "data:image/png;base64,iVBORw0KGgo=",
            "assets/../application.properties",
            "assets/drawing.svg",
            "content-assets/chart.png"})
    void images_from_anywhere_else_are_reduced_to_their_alt_text(String source) {
        String html = render("![A chart](" + source + ")");

        assertThat(html).isEqualTo("<p>A chart</p>\n");
    }

    @Test
    void links_to_asset_files_point_at_the_served_copy() {
        assertThat(render("[the policy](assets/policy.pdf)"))
                .contains("href=\"content-assets/policy.pdf\"");
    }
}
