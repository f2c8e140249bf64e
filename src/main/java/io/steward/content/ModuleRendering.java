package io.steward.content;

import io.steward.content.format.Destinations;
import io.steward.content.format.ModuleDocument;
import io.steward.content.format.QuizQuestion;
import io.steward.content.format.SafeHtmlRenderer;
import java.util.List;

/** Turns what an author wrote into what an employee sees: sanitised HTML, plain-text titles and options. */
final class ModuleRendering {

    private final SafeHtmlRenderer renderer = new SafeHtmlRenderer();

    ModuleContent render(ModuleDocument module, ModuleVersionRef ref) {
        var s = module.settings();
        List<Lesson> lessons = module.lessons().stream()
                .map(l -> new Lesson(module.lessons().indexOf(l) + 1, l.title(), renderer.render(l.markdown())))
                .toList();
        return new ModuleContent(ref, s.title(), s.summary(), s.estimatedMinutes(),
                renderer.render(module.introMarkdown()), lessons, questions(module.questions()), s.passMark(),
                s.questionsPerAttempt(), s.maxAttempts(), s.recertifyEvery(), s.attestation(),
                s.attestationDocument() == null ? null : Destinations.assetName(s.attestationDocument())
                        .map(asset -> Destinations.ASSET_URL_PREFIX + asset).orElse(s.attestationDocument()),
                s.tags(),
                s.language() == null ? "en" : s.language());
    }

    List<Question> questions(List<QuizQuestion> bank) {
        return bank.stream().map(q -> new Question(q.key(), q.text(), renderer.render(q.detailMarkdown()),
                q.options().stream().map(o -> new AnswerOption(o.key(), o.text(), o.correct())).toList(),
                renderer.render(q.explanationMarkdown()))).toList();
    }

    static ModuleVersionRef refOf(ModuleDocument module) {
        return new ModuleVersionRef(module.id(), module.settings().version(), module.contentHash());
    }
}
