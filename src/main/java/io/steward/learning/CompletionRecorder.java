package io.steward.learning;

import io.steward.base.CurrentUser;
import io.steward.base.SignedInUser;
import io.steward.learning.domain.Completion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every completion, however it was earned (a passed quiz, or a read and attested policy): it
 * ends the person's open cycle of the module and is announced, in the same transaction, for the certificate
 * and the audit trail. Called by the services, inside their transactions, for the signed-in person.
 */
@Component
class CompletionRecorder {

    private final AssignmentCycle cycle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CompletionRecorder(AssignmentCycle cycle, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.cycle = cycle;
        this.currentUser = currentUser;
        this.events = events;
    }

    void record(Completion completion, String moduleTitle) {
        SignedInUser user = currentUser.require();
        cycle.complete(user.employeeId(), completion.getModuleId(), completion.getId(), completion.getCompletedAt(),
                completion.getExpiresAt());
        events.publishEvent(new ModuleCompleted(completion.getId(), user.employeeId(), user.displayName(),
                completion.getModuleId(), moduleTitle, completion.getModuleVersion(), completion.getScorePercent(),
                completion.getAttestationText() != null, completion.getCompletedAt(), completion.getExpiresAt()));
    }
}
