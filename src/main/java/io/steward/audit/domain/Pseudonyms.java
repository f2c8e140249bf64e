package io.steward.audit.domain;

import io.steward.base.EmployeeId;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives each person a random pseudonym for the audit trail. Only this table links a pseudonym to a person;
 * erasing the link leaves every chained entry, and so the chain, intact.
 */
@Component
public class Pseudonyms {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Pseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(EmployeeId person) {
        Optional<String> existing = find(person);
        if (existing.isPresent()) {
            return existing.get();
        }
        // INSERT IGNORE: two transactions naming the same new person both end up with the one that won.
        jdbc.sql("INSERT IGNORE INTO audit_pseudonym (pseudonym, employee_id) VALUES (?, ?)")
                .params("p-" + randomId(), person.value()).update();
        return find(person).orElseThrow();
    }

    public Optional<String> find(EmployeeId person) {
        return jdbc.sql("SELECT pseudonym FROM audit_pseudonym WHERE employee_id = ?").param(person.value())
                .query(String.class).optional();
    }

    /** The person by pseudonym, while the link exists. */
    public Optional<EmployeeId> person(String pseudonym) {
        return jdbc.sql("SELECT employee_id FROM audit_pseudonym WHERE pseudonym = ?").param(pseudonym)
                .query(Long.class).optional().map(EmployeeId::new);
    }

    /** Removes the only link between the person and their pseudonym; the chained entries stay as they are. */
    public void forget(EmployeeId person) {
        jdbc.sql("DELETE FROM audit_pseudonym WHERE employee_id = ?").param(person.value()).update();
    }

    private String randomId() {
        char[] id = new char[22];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
