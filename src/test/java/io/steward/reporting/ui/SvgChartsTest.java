package io.steward.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.reporting.ModuleRate;
import io.steward.reporting.TrendPoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every chart the server draws is an SVG image, which a browser shows only when it is well-formed XML: one
 * bad entity and the whole picture is a broken-image icon. These labels are what module titles, translations
 * and a small-group notice can hold.
 */
class SvgChartsTest {

    /** Its lock emoji (two UTF-16 chars) is the 33rd character, where a title of 34 or more is cut. */
    private static final String EMOJI_AT_THE_CUT =
            "Privacy basics for every new tea\uD83D\uDD12m, and for everyone else";

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tom & Jerry's <\"data\"> rules", "Données à caractère personnel: l'essentiel",
            "Datenschutz für Führungskräfte", "Keep it safe \uD83D\uDD12\uD83D\uDE00", "Ελληνικά και Кириллица",
            "A module title far longer than the chart has room for on the left", EMOJI_AT_THE_CUT,
            "Tab\tand a control\u0007character"})
    void the_module_chart_is_well_formed_and_shows_each_title_as_written_or_shortened(String title)
            throws Exception {
        String svg = CompletionChart.svg(List.of(new ModuleRate("m", title, 10, 5, false),
                new ModuleRate("s", title, 2, 1, true)), "Fewer than 5 & \"hidden\" <here>");

        Document doc = parse(svg);

        String shown = texts(doc).get(0);
        String expected = SvgText.shorten(title.replace("\u0007", ""), CompletionChart.LABEL_LENGTH);
        assertThat(shown).isEqualTo(expected);
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(34);
        assertThat(texts(doc)).contains("50%", "Fewer than 5 & \"hidden\" <here>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "el", "ru", "zh", "ar"})
    void the_trend_chart_is_well_formed_in_every_language(String language) throws Exception {
        YearMonth start = YearMonth.of(2026, 1);
        List<TrendPoint> points = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            points.add(new TrendPoint(start.plusMonths(month), 10, month % 10, month == 4));
        }

        Document doc = parse(TrendChart.svg(points, Locale.forLanguageTag(language)));

        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(11);
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 34, 35})
    void shortening_never_cuts_an_emoji_in_half(int max) {
        String shortened = SvgText.shorten(EMOJI_AT_THE_CUT, max);

        assertThat(shortened.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                .count()).isZero();
        assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(max);
        assertThat(shortened).endsWith("\u2026");
    }
}
