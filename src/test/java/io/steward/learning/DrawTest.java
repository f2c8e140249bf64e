package io.steward.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.learning.domain.Draw;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawTest {

    @Test
    void a_draw_survives_storage_with_question_and_option_order_intact() {
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        order.put(7, List.of(3, 1, 2));
        order.put(2, List.of(2, 1));
        order.put(11, List.of(4, 2, 1, 3));
        Draw draw = new Draw(order);

        Draw read = Draw.parse(draw.format());

        assertThat(read.questionKeys()).containsExactly(7, 2, 11);
        assertThat(read.optionOrder(11)).containsExactly(4, 2, 1, 3);
        assertThat(read).isEqualTo(draw);
    }
}
