package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.content.Question;
import io.steward.learning.domain.AttemptGrant;
import io.steward.learning.domain.AttemptGrantRepository;
import io.steward.learning.domain.Completion;
import io.steward.learning.domain.CompletionRepository;
import io.steward.learning.domain.Draw;
import io.steward.learning.domain.QuizAnswerRepository;
import io.steward.learning.domain.QuizAttempt;
import io.steward.learning.domain.QuizAttemptRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's quiz attempts: starting or resuming one, saving answers, submitting (scored by {@link Scoring}),
 * the result, and agreeing to the statement after a pass. Every method acts on the signed-in person's own
 * attempts, found through the security context, never through a parameter that could name someone else.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizService {

    private final ContentService content;
    private final AssignmentCycle cycle;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final AttemptGrantRepository grants;
    private final CompletionRepository completions;
    private final CompletionRecorder completed;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean revealAnswersAlways;
    private final RandomGenerator random = RandomGenerator.getDefault();

    QuizService(ContentService content, AssignmentCycle cycle, QuizAttemptRepository attempts,
            QuizAnswerRepository answers, AttemptGrantRepository grants, CompletionRepository completions,
            CompletionRecorder completed, CurrentUser currentUser, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock,
            LearningProperties properties) {
        this.content = content;
        this.cycle = cycle;
        this.attempts = attempts;
        this.answers = answers;
        this.grants = grants;
        this.completions = completions;
        this.completed = completed;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.revealAnswersAlways = properties.quiz().revealAnswersAlways();
    }

    @Transactional(readOnly = true)
    public Attempts attempts(String moduleId) {
        return attemptsOf(me().value(), moduleId, currentModule(moduleId).maxAttempts());
    }

    /**
     * My passed attempt on this module whose statement I have not agreed to yet: the module is one step from
     * done, and the quiz page sends me to that statement instead of a new attempt.
     */
    @Transactional(readOnly = true)
    public Optional<Long> awaitingStatement(String moduleId) {
        return awaitingStatement(me().value(), moduleId);
    }

    private Optional<Long> awaitingStatement(long me, String moduleId) {
        return attempts.findAwaitingStatement(me).stream().filter(a -> a.getModuleId().equals(moduleId))
                .map(QuizAttempt::getId).findFirst();
    }

    /**
     * My attempt in progress on this module, or a new one on the module's current version. Two tabs starting
     * at once get the same attempt: the second insert hits the unique attempt number and reads the first.
     *
     * @throws AttemptsExhaustedException when no attempts are left
     * @throws IllegalStateException when I passed and only the statement is left ({@link #awaitingStatement})
     */
    public AttemptView startOrResume(String moduleId) {
        long me = me().value();
        try {
            return transaction.execute(status -> startOrResume(me, moduleId));
        } catch (DataIntegrityViolationException concurrentStart) {
            return transaction.execute(status -> view(openAttempt(me, moduleId).orElseThrow(() -> concurrentStart)));
        }
    }
    private AttemptView startOrResume(long me, String moduleId) {
        Optional<QuizAttempt> open = openAttempt(me, moduleId);
        if (open.isPresent()) {
            return view(open.get());
        }
        ModuleContent module = currentModule(moduleId);
        if (!module.hasQuiz()) {
            throw new IllegalStateException(moduleId + " has no quiz");
        }
        if (awaitingStatement(me, moduleId).isPresent()) {
            throw new IllegalStateException(moduleId + " is passed; only its statement is left");
        }
        if (attemptsOf(me, moduleId, module.maxAttempts()).exhausted()) {
            throw new AttemptsExhaustedException(moduleId);
        }
        int number = attempts.findByEmployeeIdAndModuleIdOrderByAttemptNumber(me, moduleId).size() + 1;
        QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(me, module, number, draw(module), clock.instant()));
        cycle.start(new EmployeeId(me), moduleId);
        return view(attempt);
    }
    /** One of my attempts, with the answers saved so far. */
    @Transactional(readOnly = true)
    public AttemptView attempt(long attemptId) {
        return view(myAttempt(attemptId));
    }
    /** Saves one answer the moment it is given. */
    @Transactional
    public void answer(long attemptId, int questionKey, Set<Integer> chosen) {
        QuizAttempt attempt = myAttempt(attemptId);
        if (attempt.isSubmitted()) {
            throw new IllegalStateException("attempt " + attemptId + " is already submitted");
        }
        List<Integer> options = attempt.getDraw().optionOrder(questionKey);
        if (options.isEmpty() || !options.containsAll(chosen)) {
            throw new IllegalArgumentException("no such question or option in attempt " + attemptId);
        }
        Question question = Scoring.question(questionsOf(attempt), questionKey);
        if (!question.multipleChoice() && chosen.size() > 1) {
            throw new IllegalArgumentException("question " + questionKey + " takes one answer");
        }
        answers.save(attemptId, questionKey, chosen, clock.instant());
    }
    /**
     * Scores the attempt against the version it started on. Submitting again, from another tab or after a
     * reload, returns the same result: only the first submit moves the attempt out of progress.
     */
    @Transactional
    public AttemptResult submit(long attemptId) {
        // The row lock makes a second submit wait for the first and then see it submitted; the state check in
        // the UPDATE would refuse a second scoring even without it.
        QuizAttempt attempt = attempts.lockByIdAndEmployeeId(attemptId, me().value())
                .orElseThrow(() -> new NoSuchElementException("no attempt " + attemptId));
        if (!attempt.isSubmitted()) {
            Scoring.Score score = Scoring.score(attempt.getDraw().questionKeys(), questionsOf(attempt),
                    answers.answers(attemptId), attempt.getPassMark());
            if (attempts.submit(attemptId, clock.instant(), score.percent(), score.passed()) == 1) {
                events.publishEvent(new AttemptSubmitted(attemptId, me(), attempt.getModuleId(),
                        attempt.getModuleVersion(), score.percent(), score.passed()));
                if (score.passed() && attempt.getAttestation() == null) {
                    complete(myAttempt(attemptId), null);
                }
            }
        }
        return result(attemptId);
    }
    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId) {
        QuizAttempt attempt = myAttempt(attemptId);
        if (!attempt.isSubmitted()) {
            throw new IllegalStateException("attempt " + attemptId + " is not submitted yet");
        }
        List<Question> bank = questionsOf(attempt);
        Attempts used = attemptsOf(attempt.getEmployeeId(), attempt.getModuleId(),
                content.module(attempt.getModuleId()).map(ModuleContent::maxAttempts).orElse(null));
        boolean reveal = revealAnswersAlways || attempt.isPassed() || used.exhausted();
        Map<Integer, Set<Integer>> given = answers.answers(attemptId);
        List<AttemptResult.QuestionResult> results = new ArrayList<>();
        for (int key : attempt.getDraw().questionKeys()) {
            Question q = Scoring.question(bank, key);
            Set<Integer> chosen = given.getOrDefault(key, Set.of());
            List<AttemptResult.OptionResult> options = attempt.getDraw().optionOrder(key).stream()
                    .map(optionKey -> q.options().stream().filter(o -> o.key() == optionKey).findFirst().orElseThrow())
                    .map(o -> new AttemptResult.OptionResult(o.key(), o.text(), chosen.contains(o.key()),
                            reveal ? o.correct() : null))
                    .toList();
            results.add(new AttemptResult.QuestionResult(key, q.text(), q.isAnsweredBy(chosen), options,
                    q.explanationHtml()));
        }
        Long completionId = completions.findByAttemptId(attemptId).map(Completion::getId).orElse(null);
        return new AttemptResult(attemptId, attempt.getModuleId(), attempt.getModuleTitle(), attempt.getAttemptNumber(),
                attempt.getScorePercent(), attempt.getPassMark(), attempt.isPassed(), results, reveal,
                attempt.getAttestation(), attempt.getAttestation() == null ? null : content.module(attempt.getModuleId())
                        .map(ModuleContent::attestationDocument).orElse(null), completionId, used);
    }
    /** Agrees to the module's statement after passing; only then does the completion exist. */
    @Transactional
    public AttemptResult agreeToAttestation(long attemptId) {
        QuizAttempt attempt = attempts.lockByIdAndEmployeeId(attemptId, me().value())
                .orElseThrow(() -> new NoSuchElementException("no attempt " + attemptId));
        if (!attempt.isSubmitted() || !attempt.isPassed() || attempt.getAttestation() == null) {
            throw new IllegalStateException("attempt " + attemptId + " has nothing to agree to");
        }
        if (completions.findByAttemptId(attemptId).isEmpty()) {
            complete(attempt, attempt.getAttestation());
        }
        return result(attemptId);
    }
    private void complete(QuizAttempt attempt, String attestation) {
        Instant now = clock.instant();
        completed.record(completions.save(new Completion(attempt, attestation, now, attempt.expiryFor(now))),
                attempt.getModuleTitle());
    }
    private Attempts attemptsOf(long employee, String moduleId, Integer maxAttempts) {
        Instant since = completions.findFirstByEmployeeIdAndModuleIdOrderByCompletedAtDesc(employee, moduleId)
                .map(Completion::getCompletedAt).orElse(Instant.EPOCH);
        int used = (int) attempts.findByEmployeeIdAndModuleIdOrderByAttemptNumber(employee, moduleId).stream()
                .filter(a -> a.isSubmitted() && a.getStartedAt().isAfter(since)).count();
        if (maxAttempts == null) {
            return new Attempts(used, null);
        }
        int granted = grants.findByEmployeeIdAndModuleId(employee, moduleId).stream()
                .filter(g -> g.getGrantedAt().isAfter(since)).mapToInt(AttemptGrant::getExtra).sum();
        return new Attempts(used, maxAttempts + granted);
    }
    private Optional<QuizAttempt> openAttempt(long employee, String moduleId) {
        return attempts.findByEmployeeIdAndModuleIdOrderByAttemptNumber(employee, moduleId).stream()
                .filter(a -> !a.isSubmitted()).findFirst();
    }
    private Draw draw(ModuleContent module) {
        List<Question> bank = new ArrayList<>(module.questions());
        Collections.shuffle(bank, random);
        int count = module.questionsPerAttempt() == null ? bank.size() : module.questionsPerAttempt();
        Map<Integer, List<Integer>> drawn = new LinkedHashMap<>();
        for (Question q : bank.subList(0, count)) {
            List<Integer> options = new ArrayList<>(q.options().stream().map(AnswerOption::key).toList());
            Collections.shuffle(options, random);
            drawn.put(q.key(), options);
        }
        return new Draw(drawn);
    }
    private AttemptView view(QuizAttempt attempt) {
        List<Question> bank = questionsOf(attempt);
        Draw draw = attempt.getDraw();
        List<DrawnQuestion> questions = draw.questionKeys().stream().map(key -> {
            Question q = Scoring.question(bank, key);
            List<DrawnQuestion.Option> options = draw.optionOrder(key).stream()
                    .map(optionKey -> q.options().stream().filter(o -> o.key() == optionKey).findFirst().orElseThrow())
                    .map(o -> new DrawnQuestion.Option(o.key(), o.text()))
                    .toList();
            return new DrawnQuestion(key, q.text(), q.detailHtml(), q.multipleChoice(), options);
        }).toList();
        return new AttemptView(attempt.getId(), attempt.getModuleTitle(), attempt.getVersionRef(),
                attempt.getAttemptNumber(), attempt.getPassMark(), questions,
                answers.answers(attempt.getId()));
    }
    /** The questions of exactly the version the attempt started on. */
    private List<Question> questionsOf(QuizAttempt attempt) {
        return content.questions(attempt.getVersionRef())
                .orElseThrow(() -> new IllegalStateException("version not stored: " + attempt.getVersionRef()));
    }
    private QuizAttempt myAttempt(long attemptId) {
        return attempts.findByIdAndEmployeeId(attemptId, me().value())
                .orElseThrow(() -> new NoSuchElementException("no attempt " + attemptId));
    }

    private ModuleContent currentModule(String moduleId) {
        return content.module(moduleId).orElseThrow(() -> new NoSuchElementException("no module " + moduleId));
    }

    private EmployeeId me() {
        return currentUser.require().employeeId();
    }
}
