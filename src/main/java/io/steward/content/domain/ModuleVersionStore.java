package io.steward.content.domain;

import io.steward.content.ModuleVersionFirstServed;
import io.steward.content.ModuleVersionRef;
import io.steward.content.SemanticVersion;
import io.steward.content.format.ModuleDocument;
import io.steward.content.format.QuizQuestion;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps every module version that has been served, with its question bank. */
@Component
public class ModuleVersionStore {

    /** A stored version: what an old attempt's review needs. */
    public record StoredVersion(ModuleVersionRef ref, String title, Instant firstServedAt, List<QuizQuestion> questions) {
    }

    private static final TypeReference<List<QuizQuestion>> QUESTIONS = new TypeReference<>() {
    };

    private final ModuleVersionRepository versions;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ModuleVersionStore(ModuleVersionRepository versions, JsonMapper json, ApplicationEventPublisher events) {
        this.versions = versions;
        this.json = json;
        this.events = events;
    }

    /** Stores the versions not stored yet and returns the identity of every stored version. */
    @Transactional
    public Set<ModuleVersionRef> recordServed(Collection<ModuleDocument> served, Instant now) {
        for (ModuleDocument module : served) {
            String version = module.settings().version().toString();
            if (versions.insertIfAbsent(module.id(), version, module.contentHash(), module.settings().title(), now,
                    json.writeValueAsString(module.questions()), module.source()) == 1) {
                events.publishEvent(new ModuleVersionFirstServed(module.id(), version, module.contentHash()));
            }
        }
        return versions.findAllKeys().stream()
                .map(k -> new ModuleVersionRef(k.moduleId(), SemanticVersion.of(k.version()), k.contentHash()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The file text of the module's most recently first-served version, to fall back on when its file breaks. */
    @Transactional(readOnly = true)
    public Optional<String> latestSource(String moduleId) {
        return versions.findLatestSource(moduleId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredVersion> find(ModuleVersionRef ref) {
        return versions.findByModuleIdAndVersionAndContentHash(ref.moduleId(), ref.version().toString(),
                ref.contentHash())
                .map(v -> new StoredVersion(ref, v.getTitle(), v.getFirstServedAt(),
                        json.readValue(v.getQuestions(), QUESTIONS)));
    }
}
