package io.steward.directory.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /scim/v2}: Users, and what a SCIM client reads to learn what Steward supports (ServiceProviderConfig,
 * ResourceTypes, Schemas). Answers are {@code application/scim+json}; errors are SCIM errors. docs/scim.md.
 */
@RestController
@RequestMapping(value = "/scim/v2", produces = {ScimController.SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
class ScimController {

    static final String SCIM_JSON = "application/scim+json";
    private static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private final ScimService scim;

    ScimController(ScimService scim) {
        this.scim = scim;
    }

    @GetMapping("/Users")
    Map<String, Object> users(@RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count) {
        ScimService.Page page = scim.search(filter, startIndex, count);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("schemas", List.of(LIST));
        list.put("totalResults", page.total());
        list.put("startIndex", Math.max(1, startIndex));
        list.put("itemsPerPage", page.users().size());
        list.put("Resources", page.users().stream().map(u -> u.resource(location(u.id()))).toList());
        return list;
    }

    @GetMapping("/Users/{id}")
    Map<String, Object> user(@PathVariable String id) {
        ScimUser user = scim.find(id(id));
        return user.resource(location(user.id()));
    }

    @PostMapping(value = "/Users", consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> resource) {
        ScimUser user = scim.create(resource);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", location(user.id()))
                .body(user.resource(location(user.id())));
    }

    @PutMapping(value = "/Users/{id}", consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    Map<String, Object> replace(@PathVariable String id, @RequestBody Map<String, Object> resource) {
        ScimUser user = scim.replace(id(id), resource);
        return user.resource(location(user.id()));
    }

    @PatchMapping(value = "/Users/{id}", consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    Map<String, Object> patch(@PathVariable String id, @RequestBody Map<String, Object> patchOp) {
        ScimUser user = scim.patch(id(id), patchOp, location(id(id)));
        return user.resource(location(user.id()));
    }

    /** Deactivates: nobody's record is deleted. */
    @DeleteMapping("/Users/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        scim.deactivate(id(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/ServiceProviderConfig")
    Map<String, Object> serviceProviderConfig() {
        return Map.of(
                "schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
                "documentationUri", "docs/scim.md",
                "patch", Map.of("supported", true),
                "bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0),
                "filter", Map.of("supported", true, "maxResults", 1000),
                "changePassword", Map.of("supported", false),
                "sort", Map.of("supported", false),
                "etag", Map.of("supported", false),
                "authenticationSchemes", List.of(Map.of("type", "oauthbearertoken", "name", "API token",
                        "description", "A Steward API token with the scim scope, as a bearer token", "primary",
                        true)));
    }

    @GetMapping("/ResourceTypes")
    Map<String, Object> resourceTypes() {
        return Map.of("schemas", List.of(LIST), "totalResults", 1, "Resources", List.of(Map.of(
                "schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
                "id", "User", "name", "User", "endpoint", "/Users", "schema", ScimUser.SCHEMA,
                "schemaExtensions", List.of(Map.of("schema", ScimUser.ENTERPRISE, "required", false)))));
    }

    @GetMapping("/Schemas")
    Map<String, Object> schemas() {
        return Map.of("schemas", List.of(LIST), "totalResults", 2, "Resources", List.of(
                schema(ScimUser.SCHEMA, "User", List.of("userName", "externalId", "displayName", "name", "emails",
                        "active", "locale", "preferredLanguage")),
                schema(ScimUser.ENTERPRISE, "EnterpriseUser", List.of("employeeNumber", "department",
                        "manager"))));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> refused(ScimException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("schemas", List.of(ERROR));
        error.put("status", Integer.toString(e.status().value()));
        if (e.scimType() != null) {
            error.put("scimType", e.scimType());
        }
        error.put("detail", e.getMessage());
        return ResponseEntity.status(e.status()).contentType(MediaType.parseMediaType(SCIM_JSON)).body(error);
    }

    /** Another change to the directory committed first (a staff list, another SCIM request): nothing changed. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<Map<String, Object>> collided() {
        return refused(new ScimException(HttpStatus.CONFLICT, null,
                "the directory changed while this request was applied; nothing was changed, try again"));
    }

    private static Map<String, Object> schema(String id, String name, List<String> attributes) {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:Schema"), "id", id, "name", name,
                "attributes", attributes.stream().map(a -> Map.of("name", a)).toList());
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ScimException.notFound(id);
        }
    }

    private static String location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Users/{id}").buildAndExpand(id)
                .toUriString();
    }
}
