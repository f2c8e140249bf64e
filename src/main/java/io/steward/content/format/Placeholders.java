package io.steward.content.format;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a module's placeholders with the organisation's facts ({@link OrganisationFacts}) before the module is
 * read: {@code {{company}}} anywhere in a line, and text that depends on a condition, each marker alone on its
 * line:
 *
 * <pre>
 * {{#if devices-encrypted}}
 * ...
 * {{else}}
 * ...
 * {{/if}}
 * </pre>
 *
 * Lines keep their numbers (a marker or left-out line becomes empty), so every later problem still names the
 * line the author wrote. An unknown or unset placeholder, and a marker out of place, is an error at its line.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern IF = Pattern.compile("#if\\s+(\\S+)");

    private Placeholders() {
    }

    /** Every name a module may use, for messages. */
    static List<String> names() {
        TreeSet<String> names = new TreeSet<>(OrganisationFacts.TEXTS.keySet());
        names.addAll(OrganisationFacts.CONDITIONS.keySet());
        return List.copyOf(names);
    }

    /** @param firstLine the file line of {@code lines.get(0)} */
    static List<String> fill(List<String> lines, int firstLine, OrganisationFacts facts, Problems problems) {
        List<String> filled = new ArrayList<>(lines.size());
        int openedAt = 0;
        boolean inElse = false;
        boolean showing = true;
        for (int i = 0; i < lines.size(); i++) {
            int number = firstLine + i;
            String line = lines.get(i);
            Matcher marker = PLACEHOLDER.matcher(line.strip());
            String control = marker.matches() ? marker.group(1) : null;
            Matcher condition = control == null ? null : IF.matcher(control);
            if (condition != null && condition.matches()) {
                if (openedAt > 0) {
                    problems.error(number, "'{{#if}}' cannot be nested; close the one on line " + openedAt
                            + " with '{{/if}}' first");
                }
                openedAt = number;
                inElse = false;
                showing = condition(condition.group(1), number, facts, problems);
                filled.add("");
            } else if ("else".equals(control)) {
                if (openedAt == 0 || inElse) {
                    problems.error(number, "'{{else}}' must follow a '{{#if ...}}' line");
                }
                inElse = true;
                showing = !showing;
                filled.add("");
            } else if ("/if".equals(control)) {
                if (openedAt == 0) {
                    problems.error(number, "'{{/if}}' has no '{{#if ...}}' before it");
                }
                openedAt = 0;
                inElse = false;
                showing = true;
                filled.add("");
            } else if (!showing) {
                filled.add("");
            } else {
                filled.add(texts(line, number, facts, problems));
            }
        }
        if (openedAt > 0) {
            problems.error(openedAt, "'{{#if ...}}' is never closed: add a line '{{/if}}'");
        }
        return filled;
    }

    private static boolean condition(String name, int line, OrganisationFacts facts, Problems problems) {
        if (!OrganisationFacts.CONDITIONS.containsKey(name)) {
            problems.error(line, "unknown condition '" + name + "'; the conditions are "
                    + String.join(", ", new TreeSet<>(OrganisationFacts.CONDITIONS.keySet())));
            return true;
        }
        Boolean value = facts.conditions().get(name);
        if (value == null) {
            problems.error(line, unset(name));
            return true;
        }
        return value;
    }

    private static String texts(String line, int number, OrganisationFacts facts, Problems problems) {
        Matcher placeholder = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = facts.texts().get(name);
            if (!OrganisationFacts.TEXTS.containsKey(name)) {
                problems.error(number, name.startsWith("#") || name.startsWith("/") || name.equals("else")
                        ? "'{{" + name + "}}' must stand alone on its line"
                        : "unknown placeholder '{{" + name + "}}'; the placeholders are "
                                + String.join(", ", new TreeSet<>(OrganisationFacts.TEXTS.keySet())));
                value = placeholder.group();
            } else if (value == null || value.isEmpty()) {
                problems.error(number, unset(name));
                value = placeholder.group();
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String unset(String name) {
        String what = OrganisationFacts.TEXTS.getOrDefault(name, OrganisationFacts.CONDITIONS.get(name));
        return "'" + name + "' (" + what + ") is not set: add '" + name + "=...' to the content folder's "
                + OrganisationFacts.FILE;
    }
}
