package io.steward.learning.api;

import io.steward.base.ApiScope;
import io.steward.learning.AssignmentRequest;
import io.steward.learning.AssignmentRuleRejectedException;
import io.steward.learning.AssignmentRuleView;
import io.steward.learning.AssignmentService;
import io.steward.learning.Recertification;
import io.steward.learning.RuleChangePreview;
import io.steward.learning.RuleProblem;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/assignment-rules}, reading a rule back, changing it ({@code PUT}, with
 * {@code POST .../preview} first) and retiring it ({@code POST .../retirement}, with {@code GET} first); see
 * docs/api.md.
 */
@RestController
@RequestMapping("/api/v1/assignment-rules")
class AssignmentRuleController {

    private final AssignmentService assignments;
    private final JsonMapper json;

    AssignmentRuleController(AssignmentService assignments, JsonMapper json) {
        this.assignments = assignments;
        this.json = json;
    }

    record RuleResponse(long id, String module, AudienceJson audience, Integer dueInDays, LocalDate dueDate,
            Integer dueDaysAfterHire, RecertificationJson recertification, Instant createdAt, Instant retiredAt,
            long assignments) {
    }

    /** What a change or retirement does; the names are the first few of each list. */
    record EffectResponse(long assigned, List<String> assignedNames, long closed, List<String> closedNames,
            long superseded, long overdueAtOnce) {

        static EffectResponse of(RuleChangePreview preview) {
            return new EffectResponse(preview.assigned(), preview.assignedNames(), preview.closed(),
                    preview.closedNames(), preview.superseded(), preview.overdueAtOnce());
        }
    }

    record AudienceJson(String type, List<String> values) {
    }

    record RecertificationJson(String type, Integer leadDays, String opens, String due) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    ResponseEntity<RuleResponse> create(@RequestBody byte[] body) {
        RuleResponse rule = response(assignments.assign(request(body)));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(rule.id()).toUri();
        return ResponseEntity.created(location).body(rule);
    }

    @PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    EffectResponse previewChange(@PathVariable long id, @RequestBody byte[] body) {
        return EffectResponse.of(inForce(() -> assignments.previewChange(id, request(body))));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    EffectResponse change(@PathVariable long id, @RequestBody byte[] body) {
        return EffectResponse.of(inForce(() -> assignments.change(id, request(body))));
    }

    @GetMapping(path = "/{id}/retirement", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    EffectResponse previewRetirement(@PathVariable long id) {
        return EffectResponse.of(inForce(() -> assignments.previewRetirement(id)));
    }

    @PostMapping(path = "/{id}/retirement", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    EffectResponse retire(@PathVariable long id) {
        return EffectResponse.of(inForce(() -> assignments.retire(id)));
    }

    /** The request in the body, or every problem with it at once. */
    private AssignmentRequest request(byte[] body) {
        AssignmentRuleJson.Read read = AssignmentRuleJson.read(parse(body));
        if (!read.problems().isEmpty()) {
            throw new AssignmentRuleRejectedException(withMeaningProblems(read));
        }
        return read.request();
    }

    private static RuleChangePreview inForce(Supplier<RuleChangePreview> action) {
        try {
            return action.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    RuleResponse read(@PathVariable long id) {
        return assignments.rules().stream().filter(r -> r.id() == id).findFirst().map(this::response)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No assignment rule " + id));
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The shape problems plus what the service finds wrong with the rest, so that one answer lists everything;
     * a field with a shape problem (or its parent object) is not reported again for its (then missing) value.
     */
    private List<RuleProblem> withMeaningProblems(AssignmentRuleJson.Read read) {
        Set<String> named = read.problems().stream().map(RuleProblem::field).collect(Collectors.toSet());
        List<RuleProblem> all = new ArrayList<>(read.problems());
        assignments.check(read.request()).stream()
                .filter(p -> named.stream().noneMatch(field -> p.field().contains(field.split("\\.")[0])))
                .forEach(all::add);
        return all;
    }

    private RuleResponse response(AssignmentRuleView rule) {
        Recertification renewal = rule.recertification();
        return new RuleResponse(rule.id(), rule.moduleId(),
                new AudienceJson(rule.audience().type().name().toLowerCase(Locale.ROOT), rule.audience().values()),
                rule.dueInDays(), rule.dueDate(), rule.dueDaysAfterHire(),
                new RecertificationJson(renewal.kind().name().toLowerCase(Locale.ROOT), renewal.leadDays(),
                        renewal.windowOpens() == null ? null : AssignmentRuleJson.MONTH_DAY.format(renewal.windowOpens()),
                        renewal.windowDue() == null ? null : AssignmentRuleJson.MONTH_DAY.format(renewal.windowDue())),
                rule.createdAt(), rule.retiredAt(), rule.assignments());
    }
}
