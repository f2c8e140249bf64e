package io.steward.directory.scim;

import io.steward.base.ApiScope;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.directory.importing.ImportProblem;
import io.steward.directory.importing.ImportRejectedException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SCIM 2.0 provisioning of the directory (RFC 7643, 7644; docs/scim.md), for an API token with the
 * {@code scim} scope. Every change is a one-person staff list imported in {@link ImportMode#PARTIAL} mode, so it
 * goes through exactly the import's checks (an unknown manager, a manager cycle, a taken e-mail address, …, all
 * reported at once), applies the assignment rules to joiners, movers and leavers in the same transaction, is
 * audited like an import, and changes nothing when refused. Nobody is ever deleted: DELETE deactivates.
 */
@Service
class ScimService {

    private static final String ALLOWED = "hasAuthority('" + ApiScope.Authorities.SCIM + "')";
    private static final String HEADER = "employee_id,email,display_name,department,manager_id,roles,locale,"
            + "hire_date,active";
    private static final Pattern FILTER = Pattern.compile("(?i)\\s*(userName|externalId|id|emails(?:\\.value)?|"
            + "urn:ietf:params:scim:schemas:extension:enterprise:2\\.0:User:employeeNumber)\\s+eq\\s+\"((?:[^\"\\\\]|"
            + "\\\\.)*)\"\\s*");
    /** The staff list's columns, as the SCIM attributes they come from, for problems. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "employee_id", "externalId (or the enterprise extension's employeeNumber)",
            "email", "userName",
            "display_name", "displayName",
            "department", "department (enterprise extension)",
            "manager_id", "manager (enterprise extension)",
            "locale", "locale",
            "active", "active");

    private final JdbcClient jdbc;
    private final DirectoryImportService imports;
    private final MessageSource messages;

    ScimService(JdbcClient jdbc, DirectoryImportService imports, MessageSource messages) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.messages = messages;
    }

    /** One page of the users that match the filter (null: everyone), in id order; and how many match in all. */
    record Page(List<ScimUser> users, long total) {
    }

    @PreAuthorize(ALLOWED)
    @Transactional(readOnly = true)
    public ScimUser find(long id) {
        return one("e.id = :value", id).orElseThrow(() -> ScimException.notFound(Long.toString(id)));
    }

    /**
     * The filters identity providers send to find a user before creating or changing them: {@code userName eq},
     * {@code externalId eq}, {@code emails.value eq}, {@code id eq} and the enterprise {@code employeeNumber eq}.
     */
    @PreAuthorize(ALLOWED)
    @Transactional(readOnly = true)
    public Page search(String filter, int startIndex, int count) {
        String where = "TRUE";
        Object value = "";
        if (filter != null && !filter.isBlank()) {
            Matcher match = FILTER.matcher(filter);
            if (!match.matches()) {
                throw new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter", "filter '" + filter + "': Steward "
                        + "answers 'userName eq \"…\"', 'externalId eq \"…\"', 'emails.value eq \"…\"', 'id eq \"…\"' "
                        + "and the enterprise extension's 'employeeNumber eq \"…\"'");
            }
            String attribute = match.group(1).toLowerCase(Locale.ROOT);
            value = match.group(2).replaceAll("\\\\(.)", "$1");
            where = switch (attribute) {
                case "username", "emails", "emails.value" -> "e.email = :value";
                case "id" -> "e.id = :value";
                default -> "e.employee_number = :value";
            };
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM employee e WHERE " + where).param("value", value)
                .query(Long.class).single();
        List<ScimUser> users = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY e.id LIMIT :count OFFSET :offset")
                .param("value", value).param("count", Math.max(0, Math.min(count, 1000)))
                .param("offset", Math.max(0, startIndex - 1))
                .query(ScimService::user).list();
        return new Page(users, total);
    }

    /** A new person; 409 (uniqueness) when the employee number or the e-mail address is someone's already. */
    @PreAuthorize(ALLOWED)
    @Transactional
    public ScimUser create(Map<String, Object> resource) {
        Person person = Person.of(resource, null);
        if (one("e.employee_number = :value", person.number()).isPresent()
                || one("e.email = :value", person.email()).isPresent()) {
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "a user with employee number '"
                    + person.number() + "' or userName '" + person.email() + "' exists already");
        }
        apply(person, "", "", managerNumber(person));
        return one("e.employee_number = :value", person.number()).orElseThrow();
    }

    /** Replaces what SCIM says about the person; roles and hire date stay Steward's. */
    @PreAuthorize(ALLOWED)
    @Transactional
    public ScimUser replace(long id, Map<String, Object> resource) {
        ScimUser current = find(id);
        Person person = Person.of(resource, current);
        apply(person, current.roles(), current.hireDate(), managerNumber(person));
        return find(id);
    }

    /** Applies a PatchOp (RFC 7644 section 3.5.2) to the person as they are, then replaces them with the result. */
    @PreAuthorize(ALLOWED)
    @Transactional
    public ScimUser patch(long id, Map<String, Object> patchOp, String location) {
        ScimUser current = find(id);
        Map<String, Object> resource = ScimPatch.apply(new LinkedHashMap<>(current.resource(location)), patchOp);
        return replace(id, resource);
    }

    /** DELETE: the person is deactivated, never deleted (their training record is evidence). */
    @PreAuthorize(ALLOWED)
    @Transactional
    public void deactivate(long id) {
        ScimUser current = find(id);
        apply(new Person(current.employeeNumber(), current.email(), current.displayName(), current.department(),
                        current.managerId(), current.locale(), false),
                current.roles(), current.hireDate(), current.managerNumber());
    }

    private String managerNumber(Person person) {
        if (person.managerId() == null) {
            return "";
        }
        return one("e.id = :value", person.managerId()).map(ScimUser::employeeNumber)
                .orElseThrow(() -> ScimException.invalidValue("manager (enterprise extension): no user with id '"
                        + person.managerId() + "'"));
    }

    /** The person as one row of a staff list, imported partially: the import's checks, rules and audit. */
    private void apply(Person person, String roles, String hireDate, String managerNumber) {
        String row = String.join(",", csv(person.number()), csv(person.email()), csv(person.displayName()),
                csv(person.department()), csv(managerNumber), csv(roles), csv(person.locale()), csv(hireDate),
                Boolean.toString(person.active()));
        try {
            imports.importStaffList((HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8), ImportMode.PARTIAL);
        } catch (ImportRejectedException refused) {
            List<String> problems = new ArrayList<>();
            for (ImportProblem problem : refused.problems()) {
                String message = messages.getMessage(problem.kind().messageKey(), problem.values().toArray(),
                        Locale.ENGLISH);
                problems.add((problem.column() == null ? "" : ATTRIBUTES.getOrDefault(problem.column(),
                        problem.column()) + ": ") + message);
            }
            throw ScimException.invalidValue(String.join("; ", problems));
        }
    }

    private static String csv(String value) {
        String text = value == null ? "" : value;
        return text.matches(".*[\",\\r\\n].*") || text.startsWith(" ") || text.endsWith(" ")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static final String SELECT = """
            SELECT e.id, e.employee_number, e.email, e.display_name, e.locale, e.active, e.hire_date,
                   d.name AS department, m.id AS manager_id, m.display_name AS manager_name,
                   m.employee_number AS manager_number,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ';') FROM employee_role r
                    WHERE r.employee_id = e.id AND r.role <> 'EMPLOYEE') AS roles
            FROM employee e
            LEFT JOIN department d ON d.id = e.department_id
            LEFT JOIN employee m ON m.id = e.manager_id""";

    private Optional<ScimUser> one(String where, Object value) {
        return jdbc.sql(SELECT + " WHERE " + where).param("value", value).query(ScimService::user).optional();
    }

    private static ScimUser user(ResultSet rs, int row) throws SQLException {
        return new ScimUser(rs.getLong("id"), rs.getString("employee_number"), rs.getString("email"),
                rs.getString("display_name"), rs.getString("locale"), rs.getBoolean("active"),
                rs.getString("department"), rs.getObject("manager_id", Long.class),
                rs.getString("manager_name"), rs.getString("manager_number"),
                Optional.ofNullable(rs.getString("roles")).orElse(""),
                Optional.ofNullable(rs.getString("hire_date")).orElse(""));
    }
}
