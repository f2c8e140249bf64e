package io.steward.learning;

/** No attempts left; HR or the person's manager can grant more. */
public class AttemptsExhaustedException extends RuntimeException {

    public AttemptsExhaustedException(String moduleId) {
        super("no attempts left for " + moduleId);
    }
}
