package io.steward.learning;

import io.steward.content.ModuleVersionRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An attempt in progress: the drawn questions and the answers saved so far. */
public record AttemptView(long attemptId, String moduleTitle, ModuleVersionRef version, int attemptNumber,
        int passMark, List<DrawnQuestion> questions, Map<Integer, Set<Integer>> answers) {

    public AttemptView {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    public long unanswered() {
        return questions.stream().filter(q -> answers.getOrDefault(q.key(), Set.of()).isEmpty()).count();
    }
}
