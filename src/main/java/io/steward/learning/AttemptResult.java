package io.steward.learning;

import java.util.List;

/**
 * A scored attempt. The correct options are included only when they may be revealed (the attempt passed,
 * the attempts are used up, or the deployment reveals them always).
 */
public record AttemptResult(long attemptId, String moduleId, String moduleTitle, int attemptNumber, int scorePercent,
        int passMark, boolean passed, List<QuestionResult> questions, boolean correctOptionsRevealed,
        String attestation, String attestationDocument, Long completionId, Attempts attempts) {

    public record QuestionResult(int key, String text, boolean right, List<OptionResult> options,
            String explanationHtml) {
    }

    /** {@code correct} is null when the correct options are not revealed. */
    public record OptionResult(int key, String text, boolean chosen, Boolean correct) {
    }

    public AttemptResult {
        questions = List.copyOf(questions);
    }

    /** Passed, with a statement still to agree to. */
    public boolean awaitsAttestation() {
        return passed && attestation != null && completionId == null;
    }
}
