package io.steward.learning;

/** HR changed or retired a rule; published in the transaction that saved it, for the audit trail. */
public record AssignmentRuleChanged(long ruleId, String moduleId, boolean retired, RuleChangePreview effect) {
}
