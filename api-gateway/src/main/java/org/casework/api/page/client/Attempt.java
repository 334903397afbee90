package org.casework.api.page.client;

import org.casework.api.page.ApiAnswer;
import org.casework.api.page.Pages;
import org.casework.api.page.Refusals;
import org.springframework.context.MessageSource;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The form of a page the API refused, for the page to show it again: which one of the page's forms it was, what the
 * user had entered, and the refusal. A tab holds several forms (a status entry, "entered in error" for each entry);
 * every other form shows empty and without errors.
 */
public final class Attempt {

    /** What the API answers when the input is at fault; any other failure is an error page of its own. */
    private static final Set<Integer> REFUSED_INPUT = Set.of(400, 409, 422);

    private static final Attempt NONE = new Attempt("", Map.of(), Refusals.none());

    private final String form;
    private final Map<String, String> values;
    private final Refusals refusals;

    private Attempt(String form, Map<String, String> values, Refusals refusals) {
        this.form = form;
        this.values = values;
        this.refusals = refusals;
    }

    static Attempt none() {
        return NONE;
    }

    /**
     * The refused form {@code form}, or the error page for an answer that is no refusal of input (a file that is not
     * there or not the user's answers 404).
     */
    static Attempt refused(String form, Map<String, String> values, ApiAnswer answer, MessageSource messages,
                           Collection<String> fields) {
        if (!REFUSED_INPUT.contains(answer.status())) {
            Pages.requireOk(answer);
        }
        return new Attempt(form, values, Refusals.of(answer, messages, fields));
    }

    public boolean is(String name) {
        return form.equals(name);
    }

    /** The values entered into {@code name}, empty for every other form. */
    public Map<String, String> values(String name) {
        return is(name) ? values : Map.of();
    }

    public Refusals refusals(String name) {
        return is(name) ? refusals : Refusals.none();
    }
}
