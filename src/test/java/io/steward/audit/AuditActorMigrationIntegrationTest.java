package io.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.support.UpgradeDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Widening the audit actor for API tokens keeps every entry, hash included, exactly as it was. */
class AuditActorMigrationIntegrationTest {

    @Test
    void every_entry_stays_as_it_was_and_a_token_actor_fits_afterwards() {
        try (UpgradeDatabase database = UpgradeDatabase.create().migrateTo("0113")) {
            var jdbc = database.jdbc();
            jdbc.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash,
                                             hash) VALUES
                        (1, '2025-03-01 10:00:00', 'system', 'RETENTION_RUN', 'retention', 'SUCCESS', 'deleted=0',
                         REPEAT('0', 64), REPEAT('a', 64)),
                        (2, '2025-03-02 11:30:00.123456', 'p-abcdefghijklmnopqrstuv', 'SIGN_IN', 'person:p-x',
                         'SUCCESS', '', REPEAT('a', 64), REPEAT('b', 64))""").update();
            List<Map<String, Object>> before = jdbc.sql("SELECT * FROM audit_entry ORDER BY id").query().listOfRows();

            database.migrateTo("latest");

            assertThat(jdbc.sql("SELECT * FROM audit_entry ORDER BY id").query().listOfRows()).isEqualTo(before);
            String tokenActor = "token:12 \"" + "N".repeat(100) + "\" of p-abcdefghijklmnopqrstuv";
            jdbc.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor, action, subject, outcome, detail, previous_hash,
                                             hash)
                    VALUES (3, '2025-03-03 09:00:00', ?, 'DIRECTORY_IMPORTED', 'directory', 'SUCCESS', '',
                            REPEAT('b', 64), REPEAT('c', 64))""").param(tokenActor).update();
            assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE id = 3").query(String.class).single())
                    .isEqualTo(tokenActor);
        }
    }
}
