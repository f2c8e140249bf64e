package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.content.AnswerOption;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.content.ModuleSummary;
import io.steward.content.Question;
import io.steward.directory.DirectoryService;
import io.steward.learning.domain.Assignment;
import io.steward.learning.domain.AssignmentRepository;
import io.steward.learning.domain.AttemptGrant;
import io.steward.learning.domain.AttemptGrantRepository;
import io.steward.learning.domain.Completion;
import io.steward.learning.domain.CompletionRepository;
import io.steward.learning.domain.Draw;
import io.steward.learning.domain.LessonProgress;
import io.steward.learning.domain.LessonProgressRepository;
import io.steward.learning.domain.QuizAnswerRepository;
import io.steward.learning.domain.QuizAttempt;
import io.steward.learning.domain.QuizAttemptRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person working through their training: lessons, quiz attempts, attestation and completion. Every method
 * acts on the signed-in person's own records, found through the security context, never through a
 * parameter that could name someone else.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LearningService {

    private static final int DUE_SOON_DAYS = 14;

    private final ContentService content;
    private final AssignmentRepository assignments;
    private final AssignmentCycle cycle;
    private final LessonProgressRepository progress;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final AttemptGrantRepository grants;
    private final CompletionRepository completions;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean revealAnswersAlways;
    private final RandomGenerator random = RandomGenerator.getDefault();

    LearningService(ContentService content, AssignmentRepository assignments, AssignmentCycle cycle,
            LessonProgressRepository progress,
            QuizAttemptRepository attempts, QuizAnswerRepository answers, AttemptGrantRepository grants,
            CompletionRepository completions, DirectoryService directory, CurrentUser currentUser,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
            @Value("${steward.quiz.reveal-answers-always:false}") boolean revealAnswersAlways) {
        this.content = content;
        this.assignments = assignments;
        this.cycle = cycle;
        this.progress = progress;
        this.attempts = attempts;
        this.answers = answers;
        this.grants = grants;
        this.completions = completions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.revealAnswersAlways = revealAnswersAlways;
    }

    /** Everything assigned to me: overdue and due soon first, then by due date, finished ones last. */
    @Transactional(readOnly = true)
    public List<MyAssignment> myTraining() {
        long me = me().value();
        LocalDate today = LocalDate.now(clock);
        Map<String, LessonProgress> progressByModule = new LinkedHashMap<>();
        progress.findByIdEmployeeId(me).forEach(p -> progressByModule.put(p.getModuleId(), p));
        Map<String, Completion> latestCompletion = new LinkedHashMap<>();
        completions.findByEmployeeIdOrderByCompletedAtDesc(me)
                .forEach(c -> latestCompletion.putIfAbsent(c.getModuleId(), c));
        return assignments.findByEmployeeId(me).stream()
                .map(a -> toMyAssignment(a, today, progressByModule.get(a.getModuleId()),
                        latestCompletion.get(a.getModuleId())))
                .sorted(Comparator.comparingInt(LearningService::urgency).thenComparing(MyAssignment::dueDate))
                .toList();
    }

    /** Modules I may take voluntarily: everything served that is not assigned to me. */
    @Transactional(readOnly = true)
    public List<ModuleSummary> otherModules() {
        Set<String> assigned = new HashSet<>();
        assignments.findByEmployeeId(me().value()).forEach(a -> assigned.add(a.getModuleId()));
        return content.servedModules().stream().filter(m -> !assigned.contains(m.id())).toList();
    }

    /** Opens a module for reading, where I left off. */
    @Transactional
    public ModuleProgress open(String moduleId) {
        ModuleContent module = currentModule(moduleId);
        LessonProgress mine = progress.findById(new LessonProgress.Key(me().value(), moduleId))
                .orElseGet(() -> progress.save(new LessonProgress(new LessonProgress.Key(me().value(), moduleId),
                        module.lessons().size(), clock.instant())));
        cycle.start(me(), moduleId);
        return progress(module, mine);
    }

    /** Saves that I reached a lesson (numbered from 1), so that I resume there; returns where I am now. */
    @Transactional
    public ModuleProgress reachLesson(String moduleId, int lesson) {
        ModuleContent module = currentModule(moduleId);
        if (lesson < 1 || lesson > module.lessons().size()) {
            throw new IllegalArgumentException("no lesson " + lesson + " in " + moduleId);
        }
        LessonProgress.Key key = new LessonProgress.Key(me().value(), moduleId);
        LessonProgress mine = progress.findById(key)
                .orElseGet(() -> new LessonProgress(key, module.lessons().size(), clock.instant()));
        mine.reach(lesson, module.lessons().size(), clock.instant());
        progress.save(mine);
        return progress(module, mine);
    }

    private ModuleProgress progress(ModuleContent module, LessonProgress mine) {
        int current = Math.min(mine.getCurrentLesson(), module.lessons().size());
        int furthest = Math.min(mine.getFurthestLesson(), module.lessons().size());
        return new ModuleProgress(module, current, furthest, attestable(module, furthest));
    }

    @Transactional(readOnly = true)
    public Attempts attempts(String moduleId) {
        return attemptsOf(me().value(), moduleId, currentModule(moduleId).maxAttempts());
    }

    /**
     * My attempt in progress on this module, or a new one on the module's current version. Two tabs starting
     * at once get the same attempt: the second insert hits the unique attempt number and reads the first.
     *
     * @throws AttemptsExhaustedException when no attempts are left
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
        Question question = question(questionsOf(attempt), questionKey);
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
            List<Question> bank = questionsOf(attempt);
            Map<Integer, Set<Integer>> given = answers.answers(attemptId);
            List<Integer> drawn = attempt.getDraw().questionKeys();
            long right = drawn.stream()
                    .filter(key -> question(bank, key).isAnsweredBy(given.getOrDefault(key, Set.of())))
                    .count();
            int score = (int) (right * 100 / drawn.size());
            boolean passed = score >= attempt.getPassMark();
            if (attempts.submit(attemptId, clock.instant(), score, passed) == 1) {
                events.publishEvent(new AttemptSubmitted(attemptId, me(), attempt.getModuleId(),
                        attempt.getModuleVersion(), score, passed));
                if (passed && attempt.getAttestation() == null) {
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
            Question q = question(bank, key);
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
                attempt.getAttestation(), completionId, used);
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

    /** HR, or the person's manager, allows more attempts after the module's limit was reached. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    @Transactional
    public void grantAttempts(EmployeeId person, String moduleId, int extra, String reason) {
        SignedInUser granter = currentUser.require();
        if (!granter.has(Role.HR) && !directory.isInMyReportingLine(person)) {
            throw new AccessDeniedException("not in your reporting line");
        }
        if (extra < 1 || extra > 10 || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("grant between 1 and 10 attempts, with a reason");
        }
        currentModule(moduleId);
        grants.save(new AttemptGrant(person.value(), moduleId, extra, reason.strip(), granter.employeeId().value(),
                clock.instant()));
        events.publishEvent(new AttemptsGranted(person, moduleId, extra));
    }

    private void complete(QuizAttempt attempt, String attestation) {
        Instant now = clock.instant();
        record(completions.save(new Completion(attempt, attestation, now, attempt.expiryFor(now))),
                attempt.getModuleTitle());
    }

    /** The completion ends my open cycle of the module, if I have one, and is announced (certificate, audit). */
    private void record(Completion completion, String moduleTitle) {
        cycle.complete(me(), completion.getModuleId(), completion.getId(), completion.getCompletedAt());
        SignedInUser user = currentUser.require();
        events.publishEvent(new ModuleCompleted(completion.getId(), user.employeeId(), user.displayName(),
                completion.getModuleId(), moduleTitle, completion.getModuleVersion(), completion.getScorePercent(),
                completion.getAttestationText() != null, completion.getCompletedAt(), completion.getExpiresAt()));
    }

    /**
     * Agrees to the attestation of a module without a quiz, having read every lesson in order: that completes
     * it, with a certificate. Refused while a lesson is unread, for a module with a quiz, and when the module
     * is already completed and no new cycle of it is open. Returns the completion's id.
     */
    @Transactional
    public long attest(String moduleId) {
        ModuleContent module = currentModule(moduleId);
        LessonProgress mine = progress.lockById(new LessonProgress.Key(me().value(), moduleId))
                .orElseThrow(() -> new IllegalStateException("no lesson of " + moduleId + " read yet"));
        if (!attestable(module, mine.getFurthestLesson())) {
            throw new IllegalStateException(moduleId + " cannot be attested now");
        }
        Instant now = clock.instant();
        Completion completion = completions.save(new Completion(me().value(), module.ref(), module.attestation(),
                now, Completion.expiry(now, module.recertifyEvery())));
        record(completion, module.title());
        return completion.getId();
    }

    /** Whether I may agree to the module's attestation now, having read up to {@code furthestLesson}. */
    private boolean attestable(ModuleContent module, int furthestLesson) {
        if (module.hasQuiz() || module.attestation() == null || furthestLesson < module.lessons().size()) {
            return false;
        }
        String moduleId = module.ref().moduleId();
        boolean open = assignments.findByEmployeeIdAndModuleId(me().value(), moduleId)
                .map(a -> a.getState().isOpen()).orElse(false);
        return open || completions.findFirstByEmployeeIdAndModuleIdOrderByCompletedAtDesc(me().value(), moduleId)
                .isEmpty();
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
            Question q = question(bank, key);
            List<DrawnQuestion.Option> options = draw.optionOrder(key).stream()
                    .map(optionKey -> q.options().stream().filter(o -> o.key() == optionKey).findFirst().orElseThrow())
                    .map(o -> new DrawnQuestion.Option(o.key(), o.text()))
                    .toList();
            return new DrawnQuestion(key, q.text(), q.detailHtml(), q.multipleChoice(), options);
        }).toList();
        return new AttemptView(attempt.getId(), attempt.getModuleTitle(), attempt.getVersionRef(),
                attempt.getAttemptNumber(), questions,
                answers.answers(attempt.getId()));
    }

    private MyAssignment toMyAssignment(Assignment a, LocalDate today, LessonProgress lessons, Completion done) {
        Optional<ModuleContent> module = content.module(a.getModuleId());
        boolean open = a.getState().isOpen();
        boolean overdue = open && a.getDueDate().isBefore(today);
        boolean dueSoon = open && !overdue && !a.getDueDate().isAfter(today.plusDays(DUE_SOON_DAYS));
        int percent = a.getState() == AssignmentState.COMPLETED ? 100
                : lessons == null ? 0 : Math.min(99, 100 * lessons.getFurthestLesson() / (lessons.getLessonCount() + 1));
        return new MyAssignment(a.getModuleId(), module.map(ModuleContent::title).orElse(a.getModuleId()),
                module.map(ModuleContent::summary).orElse(null), module.map(ModuleContent::estimatedMinutes).orElse(null),
                a.getDueDate(), a.getState(), overdue, dueSoon, percent,
                done == null ? null : done.getId(), done == null ? null : done.getCompletedAt(),
                done == null ? null : done.getExpiresAt(), a.getCycleReason());
    }

    private static int urgency(MyAssignment a) {
        if (a.overdue()) {
            return 0;
        } else if (a.dueSoon()) {
            return 1;
        } else if (a.state().isOpen()) {
            return 2;
        }
        return 3;
    }

    private ModuleContent currentModule(String moduleId) {
        return content.module(moduleId).orElseThrow(() -> new NoSuchElementException("no module " + moduleId));
    }

    /** The questions of exactly the version the attempt started on. */
    private List<Question> questionsOf(QuizAttempt attempt) {
        return content.questions(attempt.getVersionRef())
                .orElseThrow(() -> new IllegalStateException("version not stored: " + attempt.getVersionRef()));
    }

    private static Question question(List<Question> bank, int key) {
        return bank.stream().filter(q -> q.key() == key).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + key));
    }

    private QuizAttempt myAttempt(long attemptId) {
        return attempts.findByIdAndEmployeeId(attemptId, me().value())
                .orElseThrow(() -> new NoSuchElementException("no attempt " + attemptId));
    }

    private EmployeeId me() {
        return currentUser.require().employeeId();
    }
}
