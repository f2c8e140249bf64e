package io.steward.content.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.ContentProblem;
import io.steward.content.SemanticVersion;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleParserTest {

    private static final String PATH = "modules/sample.md";

    /** A valid module; tests break one thing at a time. Line numbers in the tests refer to this text. */
    static final String VALID = """
            ---
            id: sample
            title: A sample module
            version: 1.2.3
            summary: One sentence.
            estimated-minutes: 1
            pass-mark: 80
            questions-per-attempt: 1
            max-attempts: 3
            recertify-every: P12M
            attestation: I have read and will follow the policy.
            tags: [privacy, consent]
            language: en-GB
            ---
            An introduction with **bold** text.

            ## First lesson

            Lesson text with a [link](https://example.com) and ![a chart](assets/chart.png).

            ### A subheading

            | a | b |
            |---|---|
            | 1 | 2 |

            ## Second lesson

            More text.

            ## Quiz

            ### Which is right?
            Some context for the question.
            - [ ] wrong
            - [x] right

            > Because it is right.

            ### Which are right? (Select all that apply.)
            - [x] one
            - [x] two
            - [ ] three

            > One and two are right.
            """;

    private static ParsedFile parse(String text) {
        return ModuleParser.parse(PATH, text.getBytes(StandardCharsets.UTF_8), Set.of("chart.png")::contains,
                OrganisationFacts.NONE);
    }

    private static List<String> problems(String text) {
        return parse(text).problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void a_valid_module_is_read_completely() {
        ParsedFile file = parse(VALID);

        assertThat(file.problems()).isEmpty();
        ModuleDocument module = file.document().orElseThrow();
        FrontMatter settings = module.settings();
        assertThat(settings.id()).isEqualTo("sample");
        assertThat(settings.title()).isEqualTo("A sample module");
        assertThat(settings.version()).isEqualTo(new SemanticVersion(1, 2, 3));
        assertThat(settings.estimatedMinutes()).isEqualTo(1);
        assertThat(settings.passMark()).isEqualTo(80);
        assertThat(settings.questionsPerAttempt()).isEqualTo(1);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.recertifyEvery()).isEqualTo(Period.ofMonths(12));
        assertThat(settings.tags()).containsExactly("privacy", "consent");
        assertThat(settings.language()).isEqualTo("en-GB");
        assertThat(module.introMarkdown()).isEqualTo("An introduction with **bold** text.");
        assertThat(module.lessons()).extracting(LessonSource::title, LessonSource::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First lesson", 17),
                        org.assertj.core.groups.Tuple.tuple("Second lesson", 27));
        assertThat(module.lessons().getFirst().markdown()).startsWith("Lesson text").contains("### A subheading")
                .endsWith("| 1 | 2 |");
        assertThat(module.contentHash()).hasSize(64);
    }

    @Test
    void quiz_questions_have_options_keys_and_explanations() {
        List<QuizQuestion> questions = parse(VALID).document().orElseThrow().questions();

        assertThat(questions).hasSize(2);
        QuizQuestion first = questions.getFirst();
        assertThat(first.key()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(33);
        assertThat(first.text()).isEqualTo("Which is right?");
        assertThat(first.detailMarkdown()).isEqualTo("Some context for the question.");
        assertThat(first.options()).containsExactly(new QuizOption(1, "wrong", false), new QuizOption(2, "right", true));
        assertThat(first.explanationMarkdown()).isEqualTo("Because it is right.");
        QuizQuestion second = questions.get(1);
        assertThat(second.options()).extracting(QuizOption::correct).containsExactly(true, true, false);
        assertThat(second.explanationMarkdown()).isEqualTo("One and two are right.");
    }

    @Test
    void a_missing_required_key_is_reported_on_the_opening_line() {
        assertThat(problems(VALID.replace("title: A sample module\n", "")))
                .containsExactly("modules/sample.md:1: the front matter is missing the required key 'title'");
    }

    @Test
    void an_unknown_key_is_reported_with_its_line_and_a_suggestion() {
        assertThat(problems(VALID.replace("pass-mark: 80", "passmark: 80")))
                .contains("modules/sample.md:7: unknown front-matter key 'passmark' (did you mean 'pass-mark'?)");
    }

    @Test
    void a_key_given_twice_is_an_error() {
        assertThat(problems(VALID.replace("summary: One sentence.", "title: Again")))
                .containsExactly("modules/sample.md:5: the key 'title' is given twice (first on line 3)");
    }

    @Test
    void a_bad_version_is_reported() {
        assertThat(problems(VALID.replace("version: 1.2.3", "version: 1.2")))
                .containsExactly("modules/sample.md:4: 'version' must be a version MAJOR.MINOR.PATCH, like 1.0.0; "
                        + "found '1.2'");
    }

    @Test
    void a_bad_id_is_reported() {
        assertThat(problems(VALID.replace("id: sample", "id: Sample Module")))
                .singleElement().asString().startsWith("modules/sample.md:2: 'id' must be a lowercase slug");
    }

    @Test
    void a_bad_period_is_reported() {
        assertThat(problems(VALID.replace("P12M", "12 months")))
                .singleElement().asString().startsWith("modules/sample.md:10: 'recertify-every' must be an ISO-8601 "
                        + "period");
        assertThat(problems(VALID.replace("P12M", "P0D"))).singleElement().asString().contains("longer than zero");
    }

    @Test
    void numbers_out_of_range_are_reported() {
        assertThat(problems(VALID.replace("pass-mark: 80", "pass-mark: 120")))
                .singleElement().asString().startsWith("modules/sample.md:7: 'pass-mark' must be a percentage");
        assertThat(problems(VALID.replace("estimated-minutes: 1", "estimated-minutes: 0")))
                .singleElement().asString().startsWith("modules/sample.md:6: 'estimated-minutes' must be a whole");
    }

    @Test
    void a_bad_language_tag_is_reported() {
        assertThat(problems(VALID.replace("language: en-GB", "language: english_uk")))
                .singleElement().asString().startsWith("modules/sample.md:13: 'language' must be a BCP-47");
    }

    @Test
    void front_matter_that_is_not_yaml_is_reported_at_the_broken_line() {
        assertThat(problems(VALID.replace("summary: One sentence.", "summary: [unclosed")))
                .singleElement().asString().startsWith("modules/sample.md:6: the front matter is not valid YAML");
    }

    @Test
    void yaml_tags_cannot_construct_objects() {
        ParsedFile file = parse(VALID.replace("summary: One sentence.",
                "summary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]"));

        assertThat(file.problems()).extracting(ContentProblem::message).singleElement().asString()
                .startsWith("the front matter is not valid YAML: Global tag is not allowed");
    }

    @Test
    void unterminated_front_matter_is_reported() {
        assertThat(problems(VALID.replaceFirst("(?m)^---\nAn introduction", "An introduction")))
                .containsExactly("modules/sample.md:1: the front matter is not closed: add a line '---' after the "
                        + "settings");
    }

    @Test
    void a_file_without_front_matter_is_reported() {
        assertThat(problems("# Just Markdown\n")).singleElement().asString()
                .startsWith("modules/sample.md:1: a module must start with front matter");
    }

    @Test
    void a_question_with_no_correct_option_is_reported_at_its_heading() {
        assertThat(problems(VALID.replace("- [x] right", "- [ ] right")))
                .containsExactly("modules/sample.md:33: no option is marked correct: mark the right ones '- [x]'");
    }

    @Test
    void a_question_with_fewer_than_two_options_is_reported() {
        assertThat(problems(VALID.replace("- [ ] wrong\n", "")))
                .containsExactly("modules/sample.md:33: a question needs at least two options; this one has 1");
    }

    @Test
    void a_question_without_options_is_reported() {
        assertThat(problems(VALID.replace("- [ ] wrong\n- [x] right\n", "")))
                .contains("modules/sample.md:33: the question has no options: add '- [x] right' and '- [ ] wrong' "
                        + "lines");
    }

    @Test
    void options_without_checkboxes_are_reported() {
        assertThat(problems(VALID.replace("- [ ] wrong\n- [x] right", "- wrong\n- right")))
                .contains("modules/sample.md:35: options must be a task list: '- [x] a right answer' and '- [ ] a "
                        + "wrong one'");
        assertThat(problems(VALID.replace("- [ ] wrong", "- wrong")))
                .contains("modules/sample.md:35: this option needs a checkbox: '- [x] ...' if it is right, "
                        + "'- [ ] ...' if it is wrong");
    }

    @Test
    void a_lesson_after_the_quiz_is_reported() {
        assertThat(problems(VALID + "\n## Afterwards\n\nText.\n"))
                .containsExactly("modules/sample.md:47: '## Afterwards' comes after the quiz; the quiz must be the "
                        + "last '## ' section");
    }

    @Test
    void a_second_quiz_is_reported_in_any_letter_case() {
        assertThat(problems(VALID + "\n## QUIZ\n"))
                .containsExactly("modules/sample.md:47: a module has at most one quiz (the first starts on line 31)");
    }

    @Test
    void text_before_the_first_question_is_reported() {
        assertThat(problems(VALID.replace("## Quiz\n", "## Quiz\n\nAnswer carefully.\n")))
                .containsExactly("modules/sample.md:33: text in the quiz must belong to a question: start it with a "
                        + "'### ' heading");
    }

    @Test
    void only_an_explanation_may_follow_the_options() {
        assertThat(problems(VALID.replace("> Because it is right.", "Because it is right.")))
                .containsExactly("modules/sample.md:38: only a block quote ('> ...') explaining the answer may "
                        + "follow the options");
    }

    @Test
    void a_module_without_lessons_is_reported() {
        String noLessons = VALID.substring(0, VALID.indexOf("## First lesson")) + VALID.substring(VALID.indexOf("## Quiz"));
        assertThat(problems(noLessons))
                .containsExactly("modules/sample.md:15: a module needs at least one lesson: start it with a '## ' "
                        + "heading");
    }

    @Test
    void a_quiz_needs_a_pass_mark_and_enough_questions() {
        assertThat(problems(VALID.replace("pass-mark: 80\n", "")))
                .containsExactly("modules/sample.md:1: the module has a quiz (line 30), so the front matter needs "
                        + "'pass-mark'");
        assertThat(problems(VALID.replace("questions-per-attempt: 1", "questions-per-attempt: 5")))
                .containsExactly("modules/sample.md:8: 'questions-per-attempt' is 5 but the quiz has only 2 "
                        + "questions");
    }

    @Test
    void quiz_settings_without_a_quiz_are_reported() {
        String noQuiz = VALID.substring(0, VALID.indexOf("## Quiz"));
        assertThat(problems(noQuiz)).containsExactly(
                "modules/sample.md:7: 'pass-mark' is set but the module has no '## Quiz'",
                "modules/sample.md:8: 'questions-per-attempt' is set but the module has no '## Quiz'",
                "modules/sample.md:9: 'max-attempts' is set but the module has no '## Quiz'");
    }

    @Test
    void a_module_without_a_quiz_is_completed_by_its_attestation_and_must_have_one() {
        String readAndAttest = VALID.substring(0, VALID.indexOf("## Quiz"))
                .replaceAll("(?m)^(pass-mark|questions-per-attempt|max-attempts):.*\\R", "");
        assertThat(problems(readAndAttest)).isEmpty();
        assertThat(problems(readAndAttest.replaceAll("(?m)^attestation:.*\\R", ""))).containsExactly(
                "modules/sample.md:1: the module has no '## Quiz', so it is completed by reading every lesson and"
                        + " agreeing to a statement: add 'attestation' to the front matter, such as 'attestation: I"
                        + " have read the policy and will follow it.'");
    }

    @Test
    void a_broken_asset_reference_is_reported() {
        assertThat(problems(VALID.replace("assets/chart.png", "assets/missing.png")))
                .containsExactly("modules/sample.md:19: 'assets/missing.png' does not exist in the content folder's "
                        + "assets/");
    }

    @Test
    void outside_images_svg_and_unsafe_links_are_reported() {
        assertThat(problems(VALID.replace("assets/chart.png", "https://tracker.example/pixel.png")))
                .singleElement().asString().startsWith("modules/sample.md:19: images must come from assets/");
        assertThat(problems(VALID.replace("assets/chart.png", "assets/chart.svg")))
                .singleElement().asString().contains("is not a PNG, JPEG, GIF or WebP image");
        assertThat(problems(VALID.replace("https://example.com", "javascript:alert(1)")))
                .singleElement().asString().startsWith("modules/sample.md:19: links may only use http, https or mailto");
    }

    @Test
    void raw_html_is_a_warning_that_keeps_the_module_valid() {
        ParsedFile file = parse(VALID.replace("More text.", "More <b>bold</b> text."));

        assertThat(file.problems()).extracting(ContentProblem::toString).containsExactly(
                "modules/sample.md:29: warning: raw HTML is shown as plain text, not as HTML; write it in Markdown "
                        + "instead");
        assertThat(file.valid()).isTrue();
    }

    @Test
    void raw_html_in_questions_and_options_is_kept_as_literal_text() {
        ParsedFile file = parse(VALID.replace("### Which is right?", "### Is <b>this</b> right?")
                .replace("- [ ] wrong", "- [ ] <img src=x onerror=alert(1)>"));

        QuizQuestion question = file.document().orElseThrow().questions().getFirst();
        assertThat(question.text()).isEqualTo("Is <b>this</b> right?");
        assertThat(question.options().getFirst().text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void all_problems_of_a_file_are_reported_at_once() {
        String broken = VALID.replace("version: 1.2.3", "version: one").replace("- [x] right", "- [ ] right")
                .replace("pass-mark: 80", "pass-mark: 80\ncolour: blue");

        assertThat(problems(broken)).hasSize(3);
        assertThat(parse(broken).valid()).isFalse();
    }

    @Test
    void invalid_utf8_is_reported() {
        ParsedFile file = ModuleParser.parse(PATH, new byte[] {'-', '-', '-', (byte) 0xC3, (byte) 0x28}, name -> true,
                OrganisationFacts.NONE);

        assertThat(file.problems()).extracting(ContentProblem::toString)
                .containsExactly("modules/sample.md: the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void windows_line_endings_give_the_same_lines() {
        assertThat(problems(VALID.replace("- [x] right", "- [ ] right").replace("\n", "\r\n")))
                .containsExactly("modules/sample.md:33: no option is marked correct: mark the right ones '- [x]'");
    }
}
