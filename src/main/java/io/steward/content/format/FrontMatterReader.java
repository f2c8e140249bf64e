package io.steward.content.format;

import io.steward.content.SemanticVersion;
import java.io.StringReader;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML front matter through SnakeYAML's node tree rather than into Java objects: nothing but
 * strings is ever constructed (no arbitrary types), and every key keeps its line for the problem report.
 */
final class FrontMatterReader {

    static final List<String> KEYS = List.of("id", "title", "version", "summary", "estimated-minutes", "pass-mark",
            "questions-per-attempt", "max-attempts", "recertify-every", "attestation", "attestation-document", "tags",
            "language");
    static final Set<String> REQUIRED = Set.of("id", "title", "version");

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final int MAX_TITLE = 200;

    private final Problems problems;
    private final int firstLine;
    private final Map<String, Node> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    /**
     * @param firstLine the file line of the first YAML line (the one after the opening {@code ---})
     */
    private FrontMatterReader(Problems problems, int firstLine) {
        this.problems = problems;
        this.firstLine = firstLine;
    }

    static FrontMatter read(String yaml, int firstLine, Problems problems) {
        return new FrontMatterReader(problems, firstLine).read(yaml);
    }

    private FrontMatter read(String yaml) {
        Node root;
        try {
            root = parser().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? firstLine - 1 : firstLine + e.getProblemMark().getLine();
            problems.error(line, "the front matter is not valid YAML: " + e.getProblem());
            return empty();
        } catch (YAMLException e) {
            problems.error(firstLine - 1, "the front matter is not valid YAML: " + e.getMessage());
            return empty();
        }
        if (root != null && !(root instanceof MappingNode)) {
            problems.error(line(root), "the front matter must be a list of 'key: value' lines");
            return empty();
        }
        if (root != null) {
            collectKeys((MappingNode) root);
        }
        for (String key : KEYS) {
            if (REQUIRED.contains(key) && !values.containsKey(key)) {
                problems.error(firstLine - 1, "the front matter is missing the required key '" + key + "'");
            }
        }
        return new FrontMatter(
                text("id", v -> ID.matcher(v).matches() ? v : null,
                        "must be a lowercase slug of letters, digits and '-' (at most 64), like 'data-retention'"),
                text("title", v -> v.length() <= MAX_TITLE ? v : null, "must be at most " + MAX_TITLE + " characters"),
                text("version", v -> SemanticVersion.parse(v).orElse(null),
                        "must be a version MAJOR.MINOR.PATCH, like 1.0.0"),
                text("summary", Function.identity(), ""),
                wholeNumber("estimated-minutes", 1, 10_000),
                wholeNumber("pass-mark", 1, 100),
                wholeNumber("questions-per-attempt", 1, 10_000),
                wholeNumber("max-attempts", 1, 10_000),
                text("recertify-every", FrontMatterReader::period,
                        "must be an ISO-8601 period longer than zero, like P12M, P1Y or P6M"),
                text("attestation", Function.identity(), ""),
                text("attestation-document", v -> Destinations.isSafeLink(v) || Destinations.assetName(v).isPresent()
                        ? v : null, "must be a link to the document the attestation is about: an http, https or "
                        + "mailto address, or a file in assets/"),
                tags(),
                text("language", FrontMatterReader::languageTag, "must be a BCP-47 language tag, like en or de-CH"),
                lines);
    }

    private static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported below with both lines, instead of failing the parse
        options.setMaxAliasesForCollections(5);
        options.setNestingDepthLimit(5);
        options.setCodePointLimit(64 * 1024);
        return new Yaml(new SafeConstructor(options));
    }

    private FrontMatter empty() {
        return new FrontMatter(null, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                Map.of());
    }

    private void collectKeys(MappingNode root) {
        for (NodeTuple tuple : root.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.error(line(tuple.getKeyNode()), "a front-matter key must be a plain word, like 'title'");
                continue;
            }
            String key = keyNode.getValue();
            int line = line(keyNode);
            if (!KEYS.contains(key)) {
                problems.error(line, "unknown front-matter key '" + key + "'" + suggestion(key));
            } else if (lines.containsKey(key)) {
                problems.error(line, "the key '" + key + "' is given twice (first on line " + lines.get(key) + ")");
            } else {
                lines.put(key, line);
                values.put(key, tuple.getValueNode());
            }
        }
    }

    private static String suggestion(String key) {
        String nearest = null;
        int best = 3;
        for (String known : KEYS) {
            int distance = distance(key.toLowerCase(Locale.ROOT), known);
            if (distance < best) {
                best = distance;
                nearest = known;
            }
        }
        return nearest != null ? " (did you mean '" + nearest + "'?)" : "; the known keys are " + String.join(", ", KEYS);
    }

    /** Levenshtein distance, to suggest the key an author probably meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The value of {@code key} as text, converted; null (with a problem reported) when absent or wrong. */
    private <T> T text(String key, Function<String, T> convert, String expectation) {
        String value = scalar(key);
        if (value == null) {
            return null;
        }
        T converted = convert.apply(value);
        if (converted == null) {
            problems.error(lines.get(key), "'" + key + "' " + expectation + "; found '" + value + "'");
        }
        return converted;
    }

    private Integer wholeNumber(String key, int min, int max) {
        String range = min + " to " + max;
        return text(key, v -> {
            if (!WHOLE_NUMBER.matcher(v).matches()) {
                return null;
            }
            int number = Integer.parseInt(v);
            return number >= min && number <= max ? number : null;
        }, key.equals("pass-mark") ? "must be a percentage, a whole number from " + range
                : "must be a whole number from " + range);
    }

    private String scalar(String key) {
        Node node = values.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(lines.get(key), "'" + key + "' must be a single value, not a list or a map");
            return null;
        }
        if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            problems.error(lines.get(key), "'" + key + "' has no value");
            return null;
        }
        return scalar.getValue().strip();
    }

    private List<String> tags() {
        Node node = values.get("tags");
        if (node == null) {
            return List.of();
        }
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<String> tags = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
                tags.add(scalar.getValue().strip());
            } else {
                problems.error(line(item), "'tags' must be a list of words, like [privacy, consent]");
            }
        }
        return tags;
    }

    private static Period period(String value) {
        try {
            Period period = Period.parse(value);
            return period.isNegative() || period.isZero() ? null : period;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String languageTag(String value) {
        try {
            return new Locale.Builder().setLanguageTag(value).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }
}
