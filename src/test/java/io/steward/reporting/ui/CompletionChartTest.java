package io.steward.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.reporting.ModuleRate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class CompletionChartTest {

    @Test
    void the_chart_is_well_formed_svg_with_one_bar_per_module_and_escaped_titles() throws Exception {
        String svg = CompletionChart.svg(List.of(new ModuleRate("a", "Privacy & <you>", 10, 5, false),
                new ModuleRate("b", "Security", 4, 4, false)), "Fewer than 5");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList bars = doc.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(4);
        assertThat(svg).contains("Privacy &amp; &lt;you&gt;", ">50%<", ">100%<");
        assertThat(bars.item(3).getAttributes().getNamedItem("width").getNodeValue())
                .isEqualTo(bars.item(2).getAttributes().getNamedItem("width").getNodeValue());
    }

    @Test
    void a_suppressed_module_has_no_bar_and_says_fewer_than_instead_of_a_percentage() {
        String svg = CompletionChart.svg(List.of(new ModuleRate("a", "Privacy", 0, 0, true)), "Fewer than 5");

        assertThat(svg).contains(">Fewer than 5<").doesNotContain("%<");
        assertThat(svg).contains("width=\"0\" height=\"18\" fill=\"#1f5f8b\"");
    }
}
