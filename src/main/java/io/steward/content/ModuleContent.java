package io.steward.content;

import java.time.Period;
import java.util.List;

/**
 * A module as an employee sees it, rendered. HTML fields are sanitised; text fields are plain and must be
 * shown escaped. Optional settings are null when the author left them out.
 *
 * @param questionsPerAttempt how many questions to draw for each attempt; null means all
 * @param maxAttempts attempts allowed before HR or the manager grants more; null means unlimited
 * @param recertifyEvery how long a completion lasts; null means it does not expire
 * @param attestationDocument where the document the attestation is about can be read (an address for a link);
 *     null when the module names none
 */
public record ModuleContent(ModuleVersionRef ref, String title, String summary, Integer estimatedMinutes,
        String introHtml, List<Lesson> lessons, List<Question> questions, Integer passMark,
        Integer questionsPerAttempt, Integer maxAttempts, Period recertifyEvery, String attestation,
        String attestationDocument, List<String> tags, String language) {

    public ModuleContent {
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
    }

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }
}
