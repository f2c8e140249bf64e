package io.steward.analysis;

/** Why a question deserves a second look. */
public enum QuestionFlag {
    /** Almost every attempt answers it right: it tells the author little. */
    TOO_EASY,
    /** Few attempts answer it right: unclear wording, a wrong key, or a topic the lessons do not cover. */
    TOO_HARD,
    /** Strong attempts do no better than weak ones, or a wrong option attracts the strong more than the weak. */
    MISLEADING
}
