package io.steward.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be, and how it is kept. Problems are message keys, so the form can show them in the
 * user's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently cut. */
    public static final int MAX_BYTES = 72;
    /**
     * The bcrypt cost passwords are hashed at: 2^10 rounds, OWASP's minimum for bcrypt, about 65 ms of one core
     * per check on the benchmark machine (docs/decisions/0026).
     */
    public static final int BCRYPT_COST = 10;

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.strip().codePointCount(0, password.strip().length()) < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.tooLong");
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(localPart(email))) {
            problems.add("password.containsEmail");
        }
        return problems;
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
    }
}
