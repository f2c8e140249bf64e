package io.steward.learning.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The questions drawn for one attempt, in the order shown, each with its options in the order shown.
 * Stored as text such as {@code 3:2,1,4;7:1,3,2}: question key, colon, option keys.
 */
public record Draw(Map<Integer, List<Integer>> optionOrderByQuestion) {

    public Draw {
        optionOrderByQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(optionOrderByQuestion));
    }

    public List<Integer> questionKeys() {
        return new ArrayList<>(optionOrderByQuestion.keySet());
    }

    public List<Integer> optionOrder(int questionKey) {
        return optionOrderByQuestion.getOrDefault(questionKey, List.of());
    }

    public String format() {
        return optionOrderByQuestion.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    public static Draw parse(String text) {
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        for (String question : text.split(";")) {
            String[] parts = question.split(":", 2);
            order.put(Integer.parseInt(parts[0]),
                    Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList());
        }
        return new Draw(order);
    }
}
