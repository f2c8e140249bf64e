package io.steward.learning;

import java.util.List;

/**
 * What making, changing or retiring a rule does, worked out before it is saved and recorded with the change: how
 * many people the rule would then cover (none once retired), the people it would newly assign, the open cycles it would close as no longer required (people it no longer covers, with
 * no other rule requiring the module of them), and the open cycles whose due date changes, of which some would
 * be overdue at once. Names are the first few, for a person to read; counts are exact.
 */
public record RuleChangePreview(long reached, long assigned, List<String> assignedNames, long closed, List<String> closedNames,
        long superseded, long overdueAtOnce) {

    /** How many names each list holds at most. */
    public static final int NAMES = 10;

    public RuleChangePreview {
        assignedNames = List.copyOf(assignedNames);
        closedNames = List.copyOf(closedNames);
    }

    /** For the audit trail and the rule's history. */
    public String describe() {
        return "assigned=" + assigned + " closed=" + closed + " superseded=" + superseded + " overdueAtOnce="
                + overdueAtOnce;
    }
}
