package io.steward.content.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import io.steward.base.ui.RenderedHtml;
import io.steward.content.AnswerOption;
import io.steward.content.ModuleContent;
import io.steward.content.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The whole question bank as an employee answers it, with scoring and explanations, so an author can try it. */
class QuizPreview extends Div {

    private record Answer(Question question, HasValue<?, ?> field, Div feedback) {

        Set<Integer> chosen() {
            Object value = field.getValue();
            if (value instanceof AnswerOption single) {
                return Set.of(single.key());
            }
            if (value instanceof Set<?> many) {
                return many.stream().map(o -> ((AnswerOption) o).key()).collect(Collectors.toSet());
            }
            return Set.of();
        }
    }

    private final List<Answer> answers = new ArrayList<>();
    private final Paragraph score = new Paragraph();
    private final int passMark;

    QuizPreview(ModuleContent module) {
        passMark = module.passMark() == null ? 100 : module.passMark();
        int perAttempt = module.questionsPerAttempt() == null ? module.questions().size() : module.questionsPerAttempt();
        add(new Paragraph(getTranslation("preview.quiz.rules", passMark, perAttempt)));
        module.questions().forEach(q -> add(question(q)));
        Button check = new Button(getTranslation("preview.quiz.check"), click -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        score.getElement().setAttribute("role", "status");
        add(check, score);
    }

    private Div question(Question question) {
        Div card = new Div();
        card.addClassName("preview-question");
        card.add(new H3(question.text()));
        if (!question.detailHtml().isEmpty()) {
            card.add(new RenderedHtml(question.detailHtml()));
        }
        AbstractField<?, ?> field;
        if (question.multipleChoice()) {
            CheckboxGroup<AnswerOption> group = new CheckboxGroup<>();
            group.setAriaLabel(question.text());
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(question.options());
            group.setItemLabelGenerator(AnswerOption::text);
            group.setHelperText(getTranslation("preview.quiz.selectAll"));
            field = group;
        } else {
            RadioButtonGroup<AnswerOption> group = new RadioButtonGroup<>();
            group.setAriaLabel(question.text());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(question.options());
            group.setItemLabelGenerator(AnswerOption::text);
            field = group;
        }
                Div feedback = new Div();
        feedback.addClassName("preview-feedback");
        feedback.setVisible(false);
        answers.add(new Answer(question, field, feedback));
        card.add(field, feedback);
        return card;
    }

    private void check() {
        int right = 0;
        for (Answer answer : answers) {
            boolean correct = answer.question().isAnsweredBy(answer.chosen());
            right += correct ? 1 : 0;
            Div feedback = answer.feedback();
            feedback.removeAll();
            feedback.add(new Paragraph(getTranslation(correct ? "preview.quiz.right" : "preview.quiz.wrong")));
            if (!answer.question().explanationHtml().isEmpty()) {
                feedback.add(new RenderedHtml(answer.question().explanationHtml()));
            }
            feedback.setVisible(true);
        }
        int percent = answers.isEmpty() ? 0 : Math.round(100f * right / answers.size());
        score.setText(getTranslation("preview.quiz.score", right, answers.size(), percent,
                getTranslation(percent >= passMark ? "preview.quiz.passed" : "preview.quiz.failed")));
    }
}
