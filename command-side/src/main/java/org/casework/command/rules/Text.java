package org.casework.command.rules;

/**
 * Free text as it is stored: surrounding white space removed, blank meaning absent; and the one rule every text
 * obeys wherever it comes from: no control character but tab, line feed and a carriage return that starts a line
 * break (CRLF, as browsers send a textarea), and no lone UTF-16 surrogate. PostgreSQL cannot store NUL, and a
 * lone surrogate is no character at all.
 */
public final class Text {

    public static final String CONTROL_CHARACTER = "control-character";
    public static final String LONE_SURROGATE = "lone-surrogate";

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Throws {@link InvalidValue} naming the rule when {@code text} holds a character no text may hold. */
    public static void requireStorable(String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValue(LONE_SURROGATE, "must not contain a lone UTF-16 surrogate (" + codeOf(c)
                        + " at position " + (i + 1) + ")");
            } else if (Character.getType(c) == Character.CONTROL && !allowed(text, i)) {
                throw new InvalidValue(CONTROL_CHARACTER, "must not contain control characters (" + codeOf(c)
                        + " at position " + (i + 1) + "); only tab, line feed and CRLF line breaks are allowed");
            }
        }
    }

    /** Records the broken rule, if any, under {@code field}. */
    public static void check(Violations violations, String field, String text) {
        try {
            requireStorable(text);
        } catch (InvalidValue invalid) {
            violations.add(field, invalid.rule(), invalid.getMessage());
        }
    }

    private static boolean allowed(String text, int at) {
        char c = text.charAt(at);
        return c == '\t' || c == '\n' || (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n');
    }

    private static String codeOf(char c) {
        return String.format("U+%04X", (int) c);
    }
}
