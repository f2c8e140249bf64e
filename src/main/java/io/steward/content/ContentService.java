package io.steward.content;

import io.steward.base.Role;
import io.steward.content.domain.ModuleVersionStore;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The training content: the author's catalogue and its health, and modules as employees see them. Other
 * features use {@link #module(String)} for the current version and {@link #questions(ModuleVersionRef)} for
 * the questions of exactly the version an attempt was made on.
 */
@Service
public class ContentService {

    private final Catalogue catalogue;
    private final ModuleVersionStore versions;

    ContentService(Catalogue catalogue, ModuleVersionStore versions) {
        this.catalogue = catalogue;
        this.versions = versions;
    }

    @RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
    public List<ModuleSummary> catalogue() {
        return catalogue.current().entries().stream().map(ContentService::summary).toList();
    }

    /** The modules employees can take now, for choosing what to learn or to assign. */
    @PreAuthorize("isAuthenticated()")
    public List<ModuleSummary> servedModules() {
        return catalogue.current().entries().stream().filter(e -> e.served() != null).map(ContentService::summary)
                .toList();
    }

    @RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
    public ContentHealth health() {
        return health(catalogue.current());
    }

    /** Reads the content folder again now, instead of waiting for the next automatic check. */
    @RolesAllowed(Role.Names.AUTHOR)
    public ContentHealth reload() {
        return health(catalogue.reload());
    }

    /** The served version of a module, rendered; training content is for every signed-in person. */
    @PermitAll
    public Optional<ModuleContent> module(String id) {
        return catalogue.content(id);
    }

    /** The question bank of any version ever served, for reviewing an attempt made on an older version. */
    @PermitAll
    public Optional<List<Question>> questions(ModuleVersionRef ref) {
        Optional<ModuleContent> current = catalogue.content(ref.moduleId()).filter(m -> m.ref().equals(ref));
        if (current.isPresent()) {
            return current.map(ModuleContent::questions);
        }
        return versions.find(ref).map(stored -> catalogue.rendering().questions(stored.questions()));
    }

    private ContentHealth health(Catalogue.Snapshot snapshot) {
        int served = (int) snapshot.entries().stream().filter(e -> e.served() != null).count();
        return new ContentHealth(catalogue.folder().toAbsolutePath().normalize().toString(), snapshot.loadedAt(),
                snapshot.files(), served, snapshot.problems());
    }

    private static ModuleSummary summary(Catalogue.Entry entry) {
        var module = entry.served();
        if (module == null) {
            return new ModuleSummary(entry.file().path(), entry.file().id(), null, null, null, 0, 0, null, null, null,
                    entry.status());
        }
        var s = module.settings();
        return new ModuleSummary(entry.file().path(), module.id(), s.title(), s.version(), s.summary(),
                module.lessons().size(), module.questions().size(), s.estimatedMinutes(), s.passMark(),
                s.recertifyEvery(), entry.status());
    }
}
