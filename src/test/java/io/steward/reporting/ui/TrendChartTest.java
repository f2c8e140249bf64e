package io.steward.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.reporting.TrendPoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TrendChartTest {

    @Test
    void each_month_with_a_rate_is_a_point_and_suppressed_or_empty_months_are_gaps() throws Exception {
        YearMonth may = YearMonth.of(2026, 5);
        String svg = TrendChart.svg(List.of(new TrendPoint(may.minusMonths(1), 0, 0, false),
                new TrendPoint(may, 10, 5, false),
                new TrendPoint(may.plusMonths(1), 10, 10, false), new TrendPoint(may.plusMonths(2), 0, 0, true),
                new TrendPoint(may.plusMonths(3), 4, 1, false)), Locale.ENGLISH);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("polyline").getLength()).as("the gap splits the line").isEqualTo(2);
        assertThat(svg).contains(">Apr<", ">May<", ">Jun<", ">Jul<", ">Aug<");
        String full = doc.getElementsByTagName("circle").item(1).getAttributes().getNamedItem("cy").getNodeValue();
        String half = doc.getElementsByTagName("circle").item(0).getAttributes().getNamedItem("cy").getNodeValue();
        assertThat(Integer.parseInt(full)).as("100% is higher up than 50%").isLessThan(Integer.parseInt(half));
    }
}
