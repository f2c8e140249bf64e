package io.steward.learning;

/** Why a cycle of an assignment was opened. */
public enum CycleReason {
    /** HR made the rule, and the person was in its audience then. */
    INITIAL,
    /** The person joined the company, or moved into the rule's audience, after the rule was made. */
    JOINED,
    /** The previous completion is about to expire (or the rule's yearly window opened). */
    RECERTIFICATION,
    /** The module's major version went up after the person's last completion. */
    MATERIAL_CHANGE,
    /** The person's earlier cycle was closed as no longer required, and a rule requires the module again. */
    RETURNED,
    /** HR changed the due setting of the rule: the open cycle was superseded by this one, due as the rule now says. */
    RULE_CHANGED
}
