package io.steward.learning;

import io.steward.learning.domain.AssignmentRule;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every version of every rule, each a row of its own (docs/decisions/0018): when a rule is made, changed or
 * retired, the version that held until then ends and the rule's settings as saved become the next one, with
 * who made it and what it did. The rule row must be flushed first: the version is copied from it.
 */
@Component
class RuleHistory {

    private final JdbcClient jdbc;

    RuleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(AssignmentRule rule, Instant at, Long by, String effect) {
        Timestamp when = Timestamp.from(at);
        jdbc.sql("UPDATE assignment_rule_version SET valid_to = ? WHERE rule_id = ? AND valid_to IS NULL")
                .params(when, rule.getId()).update();
        jdbc.sql("""
                INSERT INTO assignment_rule_version
                    (rule_id, audience_type, audience_values, due_date, due_in_days, due_days_after_hire, recertification,
                     recertification_lead_days, window_opens, window_due, retired, valid_from, made_by, effect)
                SELECT id, audience_type, audience_values, due_date, due_in_days, due_days_after_hire, recertification,
                       recertification_lead_days, window_opens, window_due, retired_at IS NOT NULL, ?, ?, ?
                FROM assignment_rule WHERE id = ?""").params(when, by, effect, rule.getId()).update();
    }
}
