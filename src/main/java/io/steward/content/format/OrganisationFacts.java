package io.steward.content.format;

import io.steward.content.ContentProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What modules may say about the organisation that deploys Steward, read from {@code organisation.properties} in
 * the content folder: its name, where incidents are reported, the policy document, and whether its devices are
 * encrypted. Modules name them as placeholders ({@link Placeholders}), so that the training never states a fact
 * about the company that is untrue for it (docs/decisions/0022). Each line is {@code name=value}; the file is
 * UTF-8. An unknown name or a condition that is not {@code true} or {@code false} is an error at its line.
 */
public record OrganisationFacts(Map<String, String> texts, Map<String, Boolean> conditions) {

    public static final String FILE = "organisation.properties";

    /** The facts a module can print, with what each is. */
    public static final Map<String, String> TEXTS = textNames();
    /** The facts a module can make text depend on, with what each is. */
    public static final Map<String, String> CONDITIONS = Map.of(
            "devices-encrypted", "company laptops and phones use full-disk encryption",
            "access-logged", "looking up a customer's record in our systems is logged");

    public static final OrganisationFacts NONE = new OrganisationFacts(Map.of(), Map.of());

    public OrganisationFacts {
        texts = Map.copyOf(texts);
        conditions = Map.copyOf(conditions);
    }

    private static Map<String, String> textNames() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("company", "the organisation's name");
        texts.put("incident-channel", "where to report a data incident");
        texts.put("incident-out-of-hours", "how to report an incident out of hours");
        texts.put("privacy-contact", "how to reach the privacy team");
        texts.put("policy-title", "the title of the customer data policy");
        texts.put("policy-link", "the address of the customer data policy");
        texts.put("policy-version", "the version of the customer data policy");
        texts.put("just-culture", "the approved statement on mistakes, reporting and discipline");
        return Map.copyOf(texts);
    }

    /** The facts of a content folder; none when it has no {@value #FILE}. Problems are added to {@code problems}. */
    public static OrganisationFacts read(Path root, List<ContentProblem> problems) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(Files.readAllLines(file), problems);
        } catch (CharacterCodingException e) {
            problems.add(ContentProblem.error(FILE, 0, "the file is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            problems.add(ContentProblem.error(FILE, 0, "cannot be read: " + e.getMessage()));
        }
        return NONE;
    }

    static OrganisationFacts parse(List<String> lines, List<ContentProblem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<ContentProblem> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                found.add(ContentProblem.error(FILE, number, "expected 'name=value', such as 'company=Example Ltd'"));
                continue;
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            Integer first = seen.putIfAbsent(name, number);
            if (first != null) {
                found.add(ContentProblem.error(FILE, number,
                        "'" + name + "' is given twice (first on line " + first + ")"));
            } else if (TEXTS.containsKey(name)) {
                texts.put(name, value);
            } else if (CONDITIONS.containsKey(name)) {
                condition(value).ifPresentOrElse(v -> conditions.put(name, v), () -> found.add(ContentProblem.error(
                        FILE, number, "'" + name + "' must be true or false; found '" + value + "'")));
            } else {
                found.add(ContentProblem.error(FILE, number, "unknown fact '" + name + "'; the facts are "
                        + String.join(", ", Placeholders.names())));
            }
        }
        problems.addAll(found);
        return new OrganisationFacts(texts, conditions);
    }

    private static Optional<Boolean> condition(String value) {
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
