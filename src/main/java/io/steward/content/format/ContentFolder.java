package io.steward.content.format;

import io.steward.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates a whole content folder ({@code modules/*.md} and {@code assets/}) in one pass, including
 * what only shows across files (duplicate ids). Used by the command-line validator and by the running
 * application alike, so both judge the content the same way.
 */
public final class ContentFolder {

    public static final String MODULES = "modules";
    public static final String ASSETS = "assets";

    private ContentFolder() {
    }

    /**
     * The outcome: every module file (sorted by path), the problems of the folder itself (including its
     * {@value OrganisationFacts#FILE}), and the organisation's facts the modules were filled with.
     */
    public record Report(List<ParsedFile> files, List<ContentProblem> folderProblems, OrganisationFacts facts) {

        public Report {
            files = List.copyOf(files);
            folderProblems = List.copyOf(folderProblems);
        }

        public List<ContentProblem> problems() {
            return Stream.concat(folderProblems.stream(), files.stream().flatMap(f -> f.problems().stream())).toList();
        }

        public long errorCount() {
            return problems().stream().filter(ContentProblem::isError).count();
        }

        public boolean valid() {
            return errorCount() == 0;
        }
    }

    public static Report read(Path root) {
        List<ContentProblem> folderProblems = new ArrayList<>();
        Path modules = root.resolve(MODULES);
        if (!Files.isDirectory(modules)) {
            folderProblems.add(ContentProblem.error(MODULES, 0, "there is no folder '" + MODULES + "' in "
                    + root.toAbsolutePath().normalize()));
            return new Report(List.of(), folderProblems, OrganisationFacts.NONE);
        }
        OrganisationFacts facts = OrganisationFacts.read(root, folderProblems);
        Set<String> assets = assetNames(root.resolve(ASSETS), folderProblems);
        // Files are independent and the parser keeps no state, so they are read in parallel, in stable order.
        List<ParsedFile> files = moduleFiles(modules, folderProblems).parallelStream()
                .map(file -> parse(file, assets, facts))
                .toList();
        return new Report(markDuplicateIds(files), folderProblems, facts);
    }

    private static ParsedFile parse(Path file, Set<String> assets, OrganisationFacts facts) {
        String path = MODULES + "/" + file.getFileName();
        try {
            return ModuleParser.parse(path, Files.readAllBytes(file), assets::contains, facts);
        } catch (IOException e) {
            return unreadable(path, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A file that trips up the parser must not take the rest of the catalogue down with it.
            return unreadable(path, "could not be parsed (" + e + "); please report this file");
        }
    }

    private static ParsedFile unreadable(String path, String message) {
        return new ParsedFile(path, null, 0, null, List.of(ContentProblem.error(path, 0, message)));
    }

    private static List<Path> moduleFiles(Path modules, List<ContentProblem> problems) {
        try (Stream<Path> listing = Files.list(modules)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(ContentProblem.error(MODULES, 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static Set<String> assetNames(Path assets, List<ContentProblem> problems) {
        if (!Files.isDirectory(assets)) {
            return Set.of();
        }
        try (Stream<Path> listing = Files.list(assets)) {
            return listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> Destinations.ASSET_NAME.matcher(name).matches())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            problems.add(ContentProblem.error(ASSETS, 0, "cannot be read: " + e.getMessage()));
            return Set.of();
        }
    }

    /** Every file of an id that several files use gets an error naming the others; none of them is served. */
    private static List<ParsedFile> markDuplicateIds(List<ParsedFile> files) {
        Map<String, List<ParsedFile>> byId = files.stream().filter(f -> f.id() != null)
                .collect(Collectors.groupingBy(ParsedFile::id, LinkedHashMap::new, Collectors.toList()));
        List<ParsedFile> checked = new ArrayList<>();
        for (ParsedFile file : files) {
            List<ParsedFile> sameId = file.id() == null ? List.of() : byId.get(file.id());
            if (sameId.size() < 2) {
                checked.add(file);
                continue;
            }
            String others = sameId.stream().filter(f -> f != file).map(f -> f.path() + ":" + f.idLine())
                    .collect(Collectors.joining(", "));
            checked.add(file.with(ContentProblem.error(file.path(), file.idLine(),
                    "the id '" + file.id() + "' is also used by " + others + "; ids must be unique")));
        }
        return checked;
    }
}
