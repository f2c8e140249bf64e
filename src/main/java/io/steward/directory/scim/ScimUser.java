package io.steward.directory.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person of the directory as a SCIM User (RFC 7643 section 4.1, with the enterprise extension of section 4.3):
 * {@code id} is Steward's, {@code userName} the e-mail address, {@code externalId} and {@code employeeNumber}
 * the staff list's employee number; the manager is referred to by Steward's id.
 */
record ScimUser(long id, String employeeNumber, String email, String displayName, String locale, boolean active,
        String department, Long managerId, String managerName, String managerNumber, String roles, String hireDate) {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    Map<String, Object> resource(String location) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", List.of(SCHEMA, ENTERPRISE));
        user.put("id", Long.toString(id));
        user.put("externalId", employeeNumber);
        user.put("userName", email);
        user.put("name", Map.of("formatted", displayName));
        user.put("displayName", displayName);
        user.put("emails", List.of(Map.of("value", email, "type", "work", "primary", true)));
        user.put("locale", locale);
        user.put("preferredLanguage", locale);
        user.put("active", active);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("employeeNumber", employeeNumber);
        if (department != null) {
            enterprise.put("department", department);
        }
        if (managerId != null) {
            enterprise.put("manager", Map.of("value", Long.toString(managerId), "displayName", managerName,
                    "$ref", location.substring(0, location.lastIndexOf('/') + 1) + managerId));
        }
        user.put(ENTERPRISE, enterprise);
        user.put("meta", Map.of("resourceType", "User", "location", location));
        return user;
    }
}
