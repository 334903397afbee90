package org.casework.command.rules;

/** Free text as it is stored: surrounding white space removed, blank meaning absent. */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
