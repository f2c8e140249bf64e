package io.steward.learning;

import io.steward.content.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an attempt is scored: the share of its drawn questions answered exactly right, in whole percent rounded
 * down, passed at or above the pass mark. A question left unanswered is wrong; a "select all that apply"
 * question is right only when exactly its right options are chosen ({@link Question#isAnsweredBy}).
 */
final class Scoring {

    /** The score of one attempt. */
    record Score(int percent, boolean passed) {
    }

    private Scoring() {
    }

    /**
     * @param drawn the keys of the questions the attempt drew, in order
     * @param bank the questions of the version the attempt started on
     * @param given the options chosen, by question key
     */
    static Score score(List<Integer> drawn, List<Question> bank, Map<Integer, Set<Integer>> given, int passMark) {
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("an attempt draws at least one question");
        }
        long right = drawn.stream().filter(key -> question(bank, key).isAnsweredBy(given.getOrDefault(key, Set.of())))
                .count();
        int percent = (int) (right * 100 / drawn.size());
        return new Score(percent, percent >= passMark);
    }

    static Question question(List<Question> bank, int key) {
        return bank.stream().filter(q -> q.key() == key).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + key));
    }
}
