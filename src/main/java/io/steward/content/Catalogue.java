package io.steward.content;

import io.steward.content.domain.ModuleVersionStore;
import io.steward.content.format.ContentFolder;
import io.steward.content.format.ModuleDocument;
import io.steward.content.format.ModuleParser;
import io.steward.content.format.OrganisationFacts;
import io.steward.content.format.ParsedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The modules Steward serves, loaded from the content folder. Valid files are served; a file that becomes
 * invalid keeps serving its last valid version (status stale) until it is fixed, also across a restart, from
 * the stored versions; a file that was never valid is listed with its problems and not served. Nothing in a
 * file can stop the application.
 */
@Component
class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    /** One load's outcome; replaced whole on reload, so readers never see a half-loaded catalogue. */
    record Snapshot(Instant loadedAt, int files, List<Entry> entries, List<ContentProblem> problems) {

        static final Snapshot EMPTY = new Snapshot(Instant.EPOCH, 0, List.of(), List.of());

        Optional<ModuleDocument> served(String id) {
            return entries.stream().filter(e -> e.served() != null && e.served().id().equals(id))
                    .map(Entry::served).findFirst();
        }
    }

    /** A module file and what is served for it (null when nothing is). */
    record Entry(ParsedFile file, ModuleStatus status, ModuleDocument served) {
    }

    private final Path folder;
    private final ModuleVersionStore store;
    private final Clock clock;
    private final ModuleRendering rendering = new ModuleRendering();
    private final Map<ModuleVersionRef, ModuleContent> rendered = new ConcurrentHashMap<>();
    private final Map<String, ModuleDocument> lastValidByPath = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    /** The organisation's facts of the last load, for re-reading a stored version. */
    private OrganisationFacts facts = OrganisationFacts.NONE;
    private String fingerprint = "";

    Catalogue(ContentProperties properties, ModuleVersionStore store, Clock clock) {
        this.folder = properties.dir();
        this.store = store;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    Snapshot current() {
        return snapshot;
    }

    /** The rendered module, cached per version: an unchanged module is rendered once however often it is read. */
    Optional<ModuleContent> content(String id) {
        return snapshot.served(id).map(module ->
                rendered.computeIfAbsent(ModuleRendering.refOf(module), ref -> rendering.render(module, ref)));
    }

    ModuleRendering rendering() {
        return rendering;
    }

    /** Reloads when a file in the folder was added, removed or changed since the last load. */
    synchronized boolean reloadIfChanged() {
        if (fingerprint().equals(fingerprint)) {
            return false;
        }
        reload();
        return true;
    }

    synchronized Snapshot reload() {
        fingerprint = fingerprint();
        ContentFolder.Report report = ContentFolder.read(folder);
        if (!report.facts().equals(facts)) {
            rendered.clear(); // the same version reads differently with other facts
            facts = report.facts();
        }
        List<Entry> entries = entries(report.files());
        List<ModuleDocument> served = entries.stream().map(Entry::served).filter(m -> m != null).toList();
        Set<ModuleVersionRef> stored = store.recordServed(served, clock.instant());
        List<ContentProblem> problems = new ArrayList<>(report.problems());
        problems.addAll(versionConflicts(served, stored));
        snapshot = new Snapshot(clock.instant(), report.files().size(), entries, problems);
        Set<ModuleVersionRef> servedRefs = served.stream().map(ModuleRendering::refOf).collect(Collectors.toSet());
        rendered.keySet().retainAll(servedRefs);
        logOutcome(snapshot, served.size());
        return snapshot;
    }

    private List<Entry> entries(List<ParsedFile> files) {
        lastValidByPath.keySet().retainAll(files.stream().map(ParsedFile::path).collect(Collectors.toSet()));
        files.forEach(f -> f.document().ifPresent(m -> lastValidByPath.put(f.path(), m)));
        Set<String> validIds = files.stream().filter(ParsedFile::valid).map(ParsedFile::id).collect(Collectors.toSet());
        Map<String, Entry> byPath = new LinkedHashMap<>();
        Set<String> staleIds = new HashSet<>();
        for (ParsedFile file : files) {
            ModuleDocument lastValid = file.valid() ? null : lastValid(file);
            if (file.valid()) {
                byPath.put(file.path(), new Entry(file, ModuleStatus.VALID, file.module()));
            } else if (lastValid != null && !validIds.contains(lastValid.id()) && staleIds.add(lastValid.id())) {
                byPath.put(file.path(), new Entry(file, ModuleStatus.STALE, lastValid));
            } else {
                byPath.put(file.path(), new Entry(file, ModuleStatus.INVALID, null));
            }
        }
        return byPath.values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.served() == null ? "" : e.served().settings().title())
                        .thenComparing(e -> e.file().path()))
                .toList();
    }

    /**
     * The last valid version of a broken file: the one seen since start-up, or else the one stored most
     * recently for its id (the file name stands in when the front matter is too broken to name it).
     */
    private ModuleDocument lastValid(ParsedFile file) {
        ModuleDocument seen = lastValidByPath.get(file.path());
        if (seen != null) {
            return seen;
        }
        String id = file.id() != null ? file.id() : file.path().replaceFirst("^.*/", "").replaceFirst("\\.md$", "");
        Path assets = folder.resolve(ContentFolder.ASSETS);
        Optional<ModuleDocument> stored = store.latestSource(id)
                .flatMap(source -> ModuleParser.parse(file.path(), source.getBytes(StandardCharsets.UTF_8),
                        asset -> Files.isRegularFile(assets.resolve(asset)), facts).document())
                .filter(module -> module.id().equals(id));
        stored.ifPresent(module -> lastValidByPath.put(file.path(), module));
        return stored.orElse(null);
    }

    /** The same version number served with different text: completions could no longer say what was seen. */
    private static List<ContentProblem> versionConflicts(List<ModuleDocument> served, Set<ModuleVersionRef> stored) {
        List<ContentProblem> conflicts = new ArrayList<>();
        for (ModuleDocument module : served) {
            ModuleVersionRef ref = ModuleRendering.refOf(module);
            long others = stored.stream().filter(s -> s.moduleId().equals(ref.moduleId())
                    && s.version().equals(ref.version()) && !s.contentHash().equals(ref.contentHash())).count();
            if (others > 0) {
                conflicts.add(ContentProblem.warning(module.path(), module.settings().lineOf("version"),
                        "version " + ref.version() + " was served before with different content; raise the "
                                + "version (MAJOR if the change is material) so completions record what was seen"));
            }
        }
        return conflicts;
    }

    private void logOutcome(Snapshot loaded, int served) {
        log.info("Loaded content from {}: {} module files, {} served, {} problems", folder.toAbsolutePath().normalize(),
                loaded.files(), served, loaded.problems().size());
        loaded.problems().forEach(p -> log.warn("Content problem: {}", p));
    }

    /**
     * Names, sizes and modification times of everything in the folder, through links (the folder, or a module
     * file, may be a link to the authors' checkout): cheap enough to poll every few seconds.
     */
    private String fingerprint() {
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        try (Stream<Path> files = Files.walk(folder, 2, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).sorted().map(Catalogue::stamp).collect(Collectors.joining("|"));
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static String stamp(Path file) {
        try {
            return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + ":gone";
        }
    }
}
