package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import io.steward.learning.domain.Assignment;
import io.steward.learning.domain.AssignmentRepository;
import io.steward.learning.domain.Completion;
import io.steward.learning.domain.CompletionRepository;
import io.steward.learning.domain.LessonProgress;
import io.steward.learning.domain.LessonProgressRepository;
import io.steward.learning.domain.QuizAttemptRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person working through their training: what is assigned to them, reading the lessons, and completing a
 * module without a quiz by agreeing to its statement. Quiz attempts are {@link QuizService}'s. Every method
 * acts on the signed-in person's own records, found through the security context, never through a parameter
 * that could name someone else.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LearningService {

    private static final int DUE_SOON_DAYS = 14;

    private final ContentService content;
    private final AssignmentRepository assignments;
    private final AssignmentCycle cycle;
    private final LessonProgressRepository progress;
    private final CompletionRepository completions;
    private final CompletionRecorder completed;
    private final QuizAttemptRepository attempts;
    private final CurrentUser currentUser;
    private final Clock clock;

    LearningService(ContentService content, AssignmentRepository assignments, AssignmentCycle cycle,
            LessonProgressRepository progress, CompletionRepository completions, CompletionRecorder completed,
            QuizAttemptRepository attempts, CurrentUser currentUser, Clock clock) {
        this.content = content;
        this.assignments = assignments;
        this.cycle = cycle;
        this.progress = progress;
        this.completions = completions;
        this.completed = completed;
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything assigned to me: overdue and due soon first, then by due date, finished ones last. */
    @Transactional(readOnly = true)
    public List<MyAssignment> myTraining() {
        long me = me().value();
        LocalDate today = LocalDate.now(clock);
        Map<String, LessonProgress> progressByModule = new LinkedHashMap<>();
        progress.findByIdEmployeeId(me).forEach(p -> progressByModule.put(p.getModuleId(), p));
        Map<String, Completion> latestCompletion = latestCompletions(me);
        Map<String, Long> awaitingStatement = awaitingStatement(me);
        return assignments.findByEmployeeId(me).stream()
                .map(a -> toMyAssignment(a, today, progressByModule.get(a.getModuleId()),
                        awaitingStatement.get(a.getModuleId()), latestCompletion.get(a.getModuleId())))
                .sorted(Comparator.comparingInt(LearningService::urgency).thenComparing(MyAssignment::dueDate))
                .toList();
    }

    /** How many of my assignments are past their due date and not done: the figure beside "My training". */
    @Transactional(readOnly = true)
    public long myOverdueCount() {
        return assignments.countOverdue(me().value(), LocalDate.now(clock));
    }

    /**
     * Modules I may take voluntarily: everything served that is not assigned to me, with my latest completion of
     * each (a voluntary module I completed shows its certificate).
     */
    @Transactional(readOnly = true)
    public List<VoluntaryModule> otherModules() {
        long me = me().value();
        Set<String> assigned = new HashSet<>();
        assignments.findByEmployeeId(me).forEach(a -> assigned.add(a.getModuleId()));
        Map<String, Completion> latestCompletion = latestCompletions(me);
        Map<String, Long> awaitingStatement = awaitingStatement(me);
        return content.servedModules().stream().filter(m -> !assigned.contains(m.id())).map(m -> {
            Completion done = latestCompletion.get(m.id());
            return new VoluntaryModule(m, awaitingStatement.get(m.id()), done == null ? null : done.getId(),
                    done == null ? null : done.getCompletedAt(), done == null ? null : done.getExpiresAt());
        }).toList();
    }

    private Map<String, Completion> latestCompletions(long me) {
        Map<String, Completion> latest = new LinkedHashMap<>();
        completions.findByEmployeeIdOrderByCompletedAtDesc(me).forEach(c -> latest.putIfAbsent(c.getModuleId(), c));
        return latest;
    }

    /** For each module, my newest passed attempt whose statement I have not agreed to yet. */
    private Map<String, Long> awaitingStatement(long me) {
        Map<String, Long> awaiting = new LinkedHashMap<>();
        attempts.findAwaitingStatement(me).forEach(a -> awaiting.putIfAbsent(a.getModuleId(), a.getId()));
        return awaiting;
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
        long me = me().value();
        String moduleId = module.ref().moduleId();
        boolean done = assignments.findByEmployeeIdAndModuleId(me, moduleId)
                .map(a -> a.getState() == AssignmentState.COMPLETED)
                .orElseGet(() -> completions.findFirstByEmployeeIdAndModuleIdOrderByCompletedAtDesc(me, moduleId)
                        .isPresent());
        Long statementAttempt = awaitingStatement(me).get(moduleId);
        return new ModuleProgress(module, current, furthest, attestable(module, furthest),
                done || statementAttempt != null, statementAttempt, done);
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
        completed.record(completion, module.title());
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

    private MyAssignment toMyAssignment(Assignment a, LocalDate today, LessonProgress lessons, Long statementAttempt,
            Completion done) {
        Optional<ModuleContent> module = content.module(a.getModuleId());
        boolean open = a.getState().isOpen();
        boolean overdue = open && a.getDueDate().isBefore(today);
        boolean dueSoon = open && !overdue && !a.getDueDate().isAfter(today.plusDays(DUE_SOON_DAYS));
        Long awaiting = open ? statementAttempt : null;
        int percent = a.getState() == AssignmentState.COMPLETED ? 100 : awaiting != null ? 99
                : lessons == null ? 0 : Math.min(99, 100 * lessons.getFurthestLesson() / (lessons.getLessonCount() + 1));
        return new MyAssignment(a.getModuleId(), module.map(ModuleContent::title).orElse(a.getModuleId()),
                module.map(ModuleContent::summary).orElse(null), module.map(ModuleContent::estimatedMinutes).orElse(null),
                a.getDueDate(), ChronoUnit.DAYS.between(today, a.getDueDate()), a.getState(), overdue, dueSoon, percent,
                awaiting, done == null ? null : done.getId(), done == null ? null : done.getCompletedAt(),
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

    private EmployeeId me() {
        return currentUser.require().employeeId();
    }
}
