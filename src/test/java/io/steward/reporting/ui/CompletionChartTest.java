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
        String svg = CompletionChart.svg(List.of(new ModuleRate("a", "Privacy & <you>", 10, 5),
                new ModuleRate("b", "Security", 4, 4)));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList bars = doc.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(4);
        assertThat(svg).contains("Privacy &amp; &lt;you&gt;", ">50%<", ">100%<");
        assertThat(bars.item(3).getAttributes().getNamedItem("width").getNodeValue())
                .isEqualTo(bars.item(2).getAttributes().getNamedItem("width").getNodeValue());
    }
}
