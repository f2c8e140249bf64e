package io.steward.analysis;

import io.steward.analysis.domain.AnalysedAnswers;
import io.steward.analysis.domain.AnalysedAnswers.AnswerTally;
import io.steward.analysis.domain.AnalysedAnswers.AttemptedVersion;
import io.steward.base.Role;
import io.steward.base.SmallGroups;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.content.ModuleVersionRef;
import io.steward.content.Question;
import io.steward.content.SemanticVersion;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each quiz question performs, so that authors can fix bad questions. Aggregates only: a version, a question
 * or a group with fewer attempts than the minimum group size gets no figure, and no result names anyone.
 */
@Service
public class QuestionAnalysisService {

    private final ContentService content;
    private final AnalysedAnswers answers;
    private final SmallGroups smallGroups;
    private final Thresholds thresholds;

    QuestionAnalysisService(ContentService content, AnalysedAnswers answers, SmallGroups smallGroups,
            AnalysisProperties properties) {
        this.content = content;
        this.answers = answers;
        this.smallGroups = smallGroups;
        this.thresholds = properties.thresholds();
    }

    /** The served modules that have a quiz, to choose one to analyse. */
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
    public List<ModuleSummary> modulesWithQuiz() {
        return content.catalogue().stream().filter(m -> m.served() && m.questions() > 0).toList();
    }

    /** The analysis of every version of a module that has submitted attempts; empty for an unknown module. */
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
    @Transactional(readOnly = true)
    public Optional<ModuleAnalysis> analyse(String moduleId) {
        return modulesWithQuiz().stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .map(module -> new ModuleAnalysis(module.id(), module.title(), smallGroups.minimum(),
                        answers.versions(module.id()).stream().map(v -> analyse(module.id(), v)).toList()));
    }

    /** The limits behind the flags, for the page's explanation. */
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
    public Thresholds thresholds() {
        return thresholds;
    }

    private VersionAnalysis analyse(String moduleId, AttemptedVersion version) {
        ModuleVersionRef ref = new ModuleVersionRef(moduleId, SemanticVersion.of(version.version()),
                version.contentHash());
        if (smallGroups.suppresses(version.people())) {
            return new VersionAnalysis(ref, version.people(), true, List.of());
        }
        List<Question> bank = content.questions(ref).orElse(List.of());
        Map<Integer, List<AnswerTally>> byQuestion = answers.tallies(moduleId, version.version(),
                        version.contentHash(), ItemStatistics.groupSize(version.people()))
                .stream().collect(Collectors.groupingBy(AnswerTally::questionKey));
        return new VersionAnalysis(ref, version.people(), false, bank.stream()
                .map(q -> ItemStatistics.analyse(q, byQuestion.getOrDefault(q.key(), List.of()), smallGroups.minimum(),
                        thresholds))
                .toList());
    }
}
