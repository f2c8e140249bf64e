package io.steward.learning.api;

import io.steward.directory.Audience;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.Recertification;
import io.steward.learning.RuleProblem;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of {@code POST /api/v1/assignment-rules} into a request, noting every value of the wrong shape
 * (a text where a number belongs, an impossible date, an unknown field) with the field's path. What the values
 * mean (does the module exist?) is the service's to check.
 */
final class AssignmentRuleJson {

    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The request as far as it could be read, and the shape problems; fields with problems are left null. */
    record Read(AssignmentRequest request, List<RuleProblem> problems) {
    }

    private final List<RuleProblem> problems = new ArrayList<>();

    private AssignmentRuleJson() {
    }

    static Read read(JsonNode body) {
        AssignmentRuleJson reader = new AssignmentRuleJson();
        if (!body.isObject()) {
            reader.problems.add(new RuleProblem("", "assign.problem.expected.object"));
            return new Read(new AssignmentRequest(null, null, null, null), reader.problems);
        }
        reader.unexpected(body, "", Set.of("module", "audience", "dueInDays", "dueDate", "dueDaysAfterHire",
                "recertification"));
        AssignmentRequest request = new AssignmentRequest(reader.text(body, "module"),
                reader.audience(body.get("audience")), reader.date(body, "dueDate"),
                reader.number(body.get("dueInDays"), "dueInDays"),
                reader.number(body.get("dueDaysAfterHire"), "dueDaysAfterHire"),
                reader.recertification(body.get("recertification")));
        return new Read(request, reader.problems);
    }

    private Audience audience(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(new RuleProblem("audience", "assign.problem.required"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(new RuleProblem("audience", "assign.problem.expected.object"));
            return null;
        }
        unexpected(node, "audience.", Set.of("type", "values"));
        String type = text(node, "audience.type", node.get("type"));
        List<String> values = values(node.get("values"));
        Audience.Type audienceType = null;
        if (type != null) {
            try {
                audienceType = Audience.Type.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem("audience.type", "assign.problem.audienceType", List.of(type)));
            }
        } else if (node.get("type") == null) {
            problems.add(new RuleProblem("audience.type", "assign.problem.required"));
        }
        return audienceType == null || values == null ? null : new Audience(audienceType, values);
    }

    private List<String> values(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.values().stream().anyMatch(v -> !v.isString())) {
            problems.add(new RuleProblem("audience.values", "assign.problem.expected.list"));
            return null;
        }
        return node.values().stream().map(JsonNode::stringValue).map(String::strip).toList();
    }

    private Recertification recertification(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new RuleProblem("recertification", "assign.problem.expected.object"));
            return null;
        }
        String type = text(node, "recertification.type", node.get("type"));
        if ("calendar".equalsIgnoreCase(type)) {
            unexpected(node, "recertification.", Set.of("type", "opens", "due"));
            MonthDay opens = monthDay(node, "opens");
            MonthDay due = monthDay(node, "due");
            return opens == null || due == null ? null : Recertification.calendar(opens, due);
        }
        if ("rolling".equalsIgnoreCase(type)) {
            unexpected(node, "recertification.", Set.of("type", "leadDays"));
            return Recertification.rolling(number(node.get("leadDays"), "recertification.leadDays"));
        }
        problems.add(new RuleProblem("recertification.type", "assign.problem.recertificationType",
                List.of(type == null ? "" : type)));
        return null;
    }

    private void unexpected(JsonNode node, String prefix, Set<String> known) {
        node.propertyNames().stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.add(new RuleProblem(prefix + name, "assign.problem.unexpected")));
    }

    private String text(JsonNode parent, String field) {
        return text(parent, field, parent.get(field));
    }

    private String text(JsonNode parent, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new RuleProblem(field, "assign.problem.expected.text"));
            return null;
        }
        return node.stringValue().strip();
    }

    private Integer number(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(new RuleProblem(field, "assign.problem.expected.number"));
            return null;
        }
        return node.intValue();
    }

    private LocalDate date(JsonNode parent, String field) {
        String text = text(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(field, "assign.problem.expected.date", List.of(text)));
            return null;
        }
    }

    private MonthDay monthDay(JsonNode parent, String name) {
        String field = "recertification." + name;
        String text = text(parent, field, parent.get(name));
        if (text == null) {
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new RuleProblem(field, "assign.problem.required"));
            }
            return null;
        }
        try {
            return MonthDay.parse(text, MONTH_DAY);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(field, "assign.problem.expected.monthDay", List.of(text)));
            return null;
        }
    }
}
